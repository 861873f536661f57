// Voice messages on the customer page: hold to talk, the transcript and answer shown like a chat
// turn, and a play button on a spoken reply. It shares the page's state, api() and message helpers
// (app.js). Nothing recorded is kept in the browser after it is sent.
"use strict";

// What MediaRecorder is asked for, best first, and the format name the API expects for each.
const VOICE_TYPES = [
  ["audio/webm;codecs=opus", "webm"], ["audio/ogg;codecs=opus", "ogg"],
  ["audio/webm", "webm"], ["audio/ogg", "ogg"], ["audio/mp4", "m4a"],
];
// The server refuses over 60 s; stopping a little early leaves room for the container's last frame.
const VOICE_LIMIT_MS = 59500;
const VOICE_SHORTEST_MS = 400;
const voice = { recorder: null, chunks: [], started: 0, ticker: null, limit: null, released: false, playing: null };

function voiceType() {
  if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return null;
  return VOICE_TYPES.find(([type]) => MediaRecorder.isTypeSupported(type)) || null;
}

function clock(ms) {
  const seconds = Math.floor(ms / 1000);
  return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}

function voiceStatus(text) {
  $("voice-status").textContent = text;
}

async function startTalking(event) {
  event.preventDefault();
  if (voice.recorder || state.sending || !state.token) return;
  const type = voiceType();
  if (!type) {
    voiceStatus(t("voice.unsupported"));
    return;
  }
  voice.released = false;
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch (denied) {
    voiceStatus(t("voice.denied"));
    return;
  }
  // Let go while the browser was still asking for the microphone: nothing to record.
  if (voice.released) {
    stream.getTracks().forEach((track) => track.stop());
    return;
  }
  const recorder = new MediaRecorder(stream, { mimeType: type[0], audioBitsPerSecond: 32000 });
  voice.recorder = recorder;
  voice.chunks = [];
  recorder.ondataavailable = (e) => { if (e.data.size) voice.chunks.push(e.data); };
  recorder.onstop = () => {
    stream.getTracks().forEach((track) => track.stop());
    finishTalking(type, Date.now() - voice.started);
  };
  voice.started = Date.now();
  recorder.start();
  $("talk").classList.add("recording");
  $("talk").setAttribute("aria-pressed", "true");
  voiceStatus(t("voice.recording", { time: clock(0), limit: clock(VOICE_LIMIT_MS + 500) }));
  voice.ticker = setInterval(() => voiceStatus(t("voice.recording",
    { time: clock(Date.now() - voice.started), limit: clock(VOICE_LIMIT_MS + 500) })), 250);
  voice.limit = setTimeout(stopTalking, VOICE_LIMIT_MS);
}

function stopTalking() {
  voice.released = true;
  if (voice.recorder && voice.recorder.state === "recording") voice.recorder.stop();
}

async function finishTalking(type, length) {
  clearInterval(voice.ticker);
  clearTimeout(voice.limit);
  voice.recorder = null;
  $("talk").classList.remove("recording");
  $("talk").setAttribute("aria-pressed", "false");
  const blob = new Blob(voice.chunks, { type: type[0] });
  voice.chunks = [];
  if (length < VOICE_SHORTEST_MS || !blob.size) {
    voiceStatus(t("voice.tooShort"));
    return;
  }
  voiceStatus("");
  await sendVoice(type[1], await base64Of(blob), length);
}

function base64Of(blob) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => { const url = String(reader.result); resolve(url.substring(url.indexOf(",") + 1)); };
    reader.onerror = reject;
    reader.readAsDataURL(blob);
  });
}

async function sendVoice(format, data, length) {
  state.sending = true;
  $("send").disabled = true;
  const mine = addMessage("user", t("voice.yours", { time: clock(length) }));
  const pending = addMessage("assistant pending", "…");
  const body = { locale: I18n.lang === "zh" ? "zh-CN" : "en-US", audio: { format, data }, speak: $("speak-reply").checked };
  if (state.sessionId) body.sessionId = state.sessionId;
  try {
    const response = await api("POST", "/v1/inquiries/voice", body, { "Idempotency-Key": crypto.randomUUID() });
    pending.remove();
    if (!response.ok) {
      addMessage("error", await problemText(response));
      return;
    }
    const reply = await response.json();
    showTranscript(mine, reply.transcript, length);
    const answer = await showReply(reply);
    if (reply.speech && reply.speech.data) addPlayButton(answer, reply.speech);
  } catch (failure) {
    pending.remove();
    addMessage("error", t("error.offline"));
  } finally {
    state.sending = false;
    $("send").disabled = false;
  }
}

// The customer's bubble becomes what was heard, with how sure the transcriber was.
function showTranscript(item, transcript, length) {
  if (!transcript || !transcript.text) return;
  item.textContent = transcript.text;
  const meta = [t("voice.heard", { time: clock(length) })];
  if (typeof transcript.confidence === "number") meta.push(t("voice.confidence", { percent: Math.round(transcript.confidence * 100) }));
  if (transcript.language) meta.push(transcript.language);
  const line = document.createElement("span");
  line.className = "meta";
  for (const text of meta) {
    line.appendChild(Object.assign(document.createElement("span"), { className: "badge", textContent: text }));
  }
  item.appendChild(line);
}

function addPlayButton(item, speech) {
  const audio = new Audio("data:" + (speech.mediaType || "audio/mpeg") + ";base64," + speech.data);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "secondary play";
  const label = () => {
    const key = audio.paused ? "voice.play" : "voice.pause";
    button.textContent = (audio.paused ? "▶ " : "❚❚ ") + t(key);
    button.setAttribute("aria-label", t(key) + (speech.voice ? " (" + speech.voice + ")" : ""));
  };
  button.addEventListener("click", () => {
    if (voice.playing && voice.playing !== audio) voice.playing.pause();
    voice.playing = audio;
    if (audio.paused) audio.play(); else audio.pause();
  });
  for (const change of ["play", "pause", "ended"]) audio.addEventListener(change, label);
  button.relabel = label; // one page-wide listener relabels every play button on a language switch
  label();
  item.appendChild(button);
}

document.addEventListener("DOMContentLoaded", () => {
  const talk = $("talk");
  if (!voiceType()) {
    talk.dataset.i18nTitle = "voice.unsupported";
    talk.title = t("voice.unsupported");
  }
  I18n.onChange(() => document.querySelectorAll("button.play").forEach((button) => button.relabel()));
  talk.addEventListener("pointerdown", startTalking);
  for (const end of ["pointerup", "pointerleave", "pointercancel"]) talk.addEventListener(end, stopTalking);
  // Keyboard users hold Space or Enter as others hold the button.
  talk.addEventListener("keydown", (event) => {
    if ((event.key === " " || event.key === "Enter") && !event.repeat) startTalking(event);
  });
  talk.addEventListener("keyup", (event) => { if (event.key === " " || event.key === "Enter") stopTalking(); });
  talk.addEventListener("contextmenu", (event) => event.preventDefault());
});
