package dev.rapport.model.offline;

import dev.rapport.inquiry.image.ColourShare;
import dev.rapport.inquiry.image.ImageFacts;
import dev.rapport.safety.HealthConcern;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the offline engine says about a photo: only what can be computed from its pixels (colours,
 * size, shape), and plainly that it cannot see what the photo shows. A photo with health words gets
 * general information, a not-a-diagnosis statement and a route to care, never an assessment.
 */
final class PhotoAnswers {

    String answer(String question, Optional<ImageFacts> facts, boolean chinese) {
        HealthConcern concern = HealthConcern.of(question);
        if (concern == HealthConcern.URGENT) {
            return chinese ? URGENT_ZH : URGENT_EN;
        }
        String seen = facts.map(f -> chinese ? describeZh(f) : describeEn(f))
                .orElse(chinese ? "我收到了照片，但无法读取它的内容。" : "I received the photo but could not read it.");
        String limits = chinese
                ? "我是离线助手，没有接入视觉模型，看不到照片里的细节（是什么物品、文字、品牌或状况）；接入模型后可以看得更清楚。"
                : "I'm the offline assistant with no vision model, so I can't see details in the photo — what the "
                        + "item is, any text, brand or condition; with the model connected I can say more.";
        // Chinese sentences run on without spaces; English ones need them.
        String gap = chinese ? "" : " ";
        if (concern == HealthConcern.HEALTH) {
            return (chinese ? HEALTH_ZH : HEALTH_EN) + gap + seen + gap + limits;
        }
        return seen + gap + limits;
    }

    private static String describeEn(ImageFacts facts) {
        List<ColourShare> colours = facts.dominantColours();
        // The model gets a downscaled copy, so the size is said to be the received one, not the customer's.
        String shape = facts.shape().english() + " picture (" + facts.width() + "×" + facts.height()
                + " pixels as I received it)";
        if (colours.isEmpty()) {
            return "From the photo itself I can only work out simple facts: it's a " + shape + ".";
        }
        String main = colours.get(0).colour().english() + " (" + percent(colours.get(0)) + ")";
        String rest = colours.stream()
                .skip(1)
                .map(c -> c.colour().english() + " (" + percent(c) + ")")
                .collect(Collectors.joining(" and "));
        return "From the photo itself I can only work out simple facts: it's a " + shape + ", mostly " + main
                + (rest.isEmpty() ? "" : ", with " + rest) + ".";
    }

    private static String describeZh(ImageFacts facts) {
        List<ColourShare> colours = facts.dominantColours();
        String shape = facts.shape().chinese() + "（我收到的尺寸为 " + facts.width() + "×" + facts.height() + " 像素）";
        if (colours.isEmpty()) {
            return "从照片本身我只能算出简单的信息：这是一张" + shape + "。";
        }
        String main = colours.get(0).colour().chinese() + "色（" + percent(colours.get(0)) + "）";
        String rest = colours.stream()
                .skip(1)
                .map(c -> c.colour().chinese() + "色（" + percent(c) + "）")
                .collect(Collectors.joining("、"));
        return "从照片本身我只能算出简单的信息：这是一张" + shape + "，主要是" + main + (rest.isEmpty() ? "" : "，还有" + rest) + "。";
    }

    private static String percent(ColourShare share) {
        return Math.round(share.share() * 100) + "%";
    }

    private static final String HEALTH_EN = "This is general information, not a diagnosis: I can't assess "
            + "health from a photo, and nobody should from a photo alone. As a rule, a rash, wound, mole or swelling "
            + "that spreads, changes, hurts more, bleeds or comes with a fever needs a professional look. Please "
            + "see a doctor or pharmacist (or call your local health line) to have it checked; if it gets worse "
            + "quickly, seek urgent care.";
    private static final String HEALTH_ZH = "以下只是一般信息，不是诊断：我无法通过照片判断健康状况，仅凭照片也不应下结论。"
            + "一般来说，皮疹、伤口、痣或肿胀如果扩散、变化、越来越痛、出血或伴有发烧，需要专业人员查看。"
            + "请尽快咨询医生或药师（或拨打当地健康咨询电话）；如果情况迅速加重，请立即就医。";
    private static final String URGENT_EN = "This sounds urgent. Please seek urgent care now: call your local "
            + "emergency number (120 in mainland China, 112 in Europe, 911 in the US) or go to the nearest "
            + "emergency department. I can't assess anything from a photo and this is not a diagnosis. I'm passing "
            + "this conversation to a colleague.";
    private static final String URGENT_ZH =
            "情况听起来很紧急。请立即就医：拨打急救电话（中国大陆 120）或马上前往最近的急诊。" + "我无法通过照片做任何判断，这也不是诊断。我正在为您转接人工客服。";
}
