package dev.rapport.voice;

import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.Heard;
import dev.rapport.chat.IdempotencyRecord;
import dev.rapport.chat.OpenedTurn;
import dev.rapport.chat.VoiceNote;
import dev.rapport.identity.Caller;
import dev.rapport.privacy.PiiRedactor;
import dev.rapport.problem.ProblemException;
import dev.rapport.voice.audio.AudioClip;
import dev.rapport.voice.audio.AudioInspector;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A voice inquiry: the recording is checked, transcribed, and its words become one ordinary chat turn
 * — memory, knowledge, tools and handoff apply as to typed text. A refused recording answers a problem
 * before anything else; the turn's one read comes next, before the transcription, so a retry is
 * answered from its first answer and an unknown session or a full rate window refused without paying
 * Transcribe. An empty transcript or a transcriber fault writes nothing. The stored turn keeps the
 * redacted transcript and the recording's reference, never the audio.
 */
public final class VoiceInquiryService {

    private static final Logger LOG = LoggerFactory.getLogger(VoiceInquiryService.class);

    /** Below this mean word confidence a transcript is shown back before any order is changed from it. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.6;

    private static final String PRIMING_WORDS = "我的包裹到哪了，寄到 priming@example.com";

    private final AudioInspector inspector;
    private final Transcriber transcriber;
    private final ChatService chat;
    private final SpeechSynthesizer speech;
    private final double minConfidence;
    private final PiiRedactor redactor = new PiiRedactor();

    /** @param minConfidence transcripts below it are tentative: answered, never acted on for an order */
    public VoiceInquiryService(
            AudioInspector inspector,
            Transcriber transcriber,
            ChatService chat,
            SpeechSynthesizer speech,
            double minConfidence) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.transcriber = Objects.requireNonNull(transcriber, "transcriber");
        this.chat = Objects.requireNonNull(chat, "chat");
        this.speech = Objects.requireNonNull(speech, "speech");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("the confidence threshold must be within 0..1");
        }
        this.minConfidence = minConfidence;
    }

    /** @throws ProblemException for bad audio (4xx), nothing heard (422) or no transcriber (503) */
    public VoiceReply ask(Caller caller, VoiceCommand command) {
        AudioClip clip = inspector.inspect(command.format(), command.data());
        OpenedTurn opened = chat.openVoiceTurn(caller, command.request(), clip.reference());
        Optional<IdempotencyRecord> first = opened.replay();
        if (first.isPresent()) {
            // A retry: the first answer and what was heard then, with no second transcription or synthesis.
            return new VoiceReply(first.get().reply(), first.get().heard(), Optional.empty());
        }
        Transcript transcript = transcribe(clip, command);
        Heard heard = new Heard(redactor.apply(transcript.text()), transcript.confidence(), transcript.languageTag());
        VoiceNote note = new VoiceNote(clip.reference(), heard, transcript.confidence() < minConfidence);
        ChatReply reply = chat.chatByVoice(opened, command.chat(transcript), note);
        Optional<SpokenReply> spoken =
                command.speak() ? spoken(reply.reply(), transcript.languageTag()) : Optional.empty();
        return new VoiceReply(reply, heard, spoken);
    }

    /**
     * The reply read aloud, or none. The turn is already written: a synthesizer failing in a way its adapter
     * did not foresee must cost the customer the audio, never the answer (a 500 here would hide a stored turn).
     */
    private Optional<SpokenReply> spoken(String reply, String languageTag) {
        try {
            return speech.speak(reply, languageTag);
        } catch (RuntimeException e) {
            LOG.warn("spoken reply skipped: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * A whole voice turn for SnapStart priming: a generated recording's checks, the turn's read, redaction,
     * prompt and write request on a canned transcript (nothing written, no model asked), and the reply
     * prepared for speech — with no Transcribe or Polly call, both billed per request.
     */
    public VoiceReply prime() {
        AudioClip clip = inspector.inspect("wav", PrimingRecording.base64());
        Heard heard = new Heard(redactor.apply(PRIMING_WORDS), 0.9, "zh-CN");
        ChatReply reply = chat.prime(new VoiceNote(clip.reference(), heard, false));
        speech.prime(reply.reply(), heard.language());
        return new VoiceReply(reply, heard, Optional.empty());
    }

    private Transcript transcribe(AudioClip clip, VoiceCommand command) {
        boolean chinese = command.asksChinese();
        try {
            return transcriber
                    .transcribe(clip, command.locale())
                    .filter(t -> !t.text().isBlank())
                    .orElseThrow(() -> ProblemException.unprocessable(
                            "nothing-heard",
                            chinese
                                    ? "录音里没有听到说话。请靠近麦克风再录一次，或者直接打字。"
                                    : "No words could be heard in the recording. Please try again closer to the"
                                            + " microphone, or type your question."));
        } catch (TranscriptionUnavailableException e) {
            throw ProblemException.unavailable("transcription-unavailable", unavailable(e, chinese), null);
        }
    }

    private static String unavailable(TranscriptionUnavailableException e, boolean chinese) {
        if (e.unconfigured()) {
            return chinese
                    ? "这里无法识别语音：离线模式没有语音转写服务（设置 TRANSCRIBE_ENDPOINT 可启用）。请直接打字提问。"
                    : "Voice notes cannot be transcribed here: the offline stack has no transcription service"
                            + " (set TRANSCRIBE_ENDPOINT to use one). Please type your question.";
        }
        return chinese
                ? "语音转写服务暂时不可用，请稍后再试，或者直接打字提问。"
                : "Transcription is unavailable right now; please retry shortly, or type your question.";
    }
}
