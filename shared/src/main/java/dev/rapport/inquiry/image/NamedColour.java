package dev.rapport.inquiry.image;

/**
 * The coarse colour names customers and catalogs both use, in Chinese and English, so a photo's
 * colours can later be matched to a product's colour attribute in either language.
 */
public enum NamedColour {
    BLACK("黑", "black"),
    WHITE("白", "white"),
    GREY("灰", "grey"),
    RED("红", "red"),
    ORANGE("橙", "orange"),
    YELLOW("黄", "yellow"),
    GREEN("绿", "green"),
    BLUE("蓝", "blue"),
    PURPLE("紫", "purple"),
    PINK("粉", "pink"),
    BROWN("棕", "brown"),
    BEIGE("米", "beige");

    private final String chinese;
    private final String english;

    NamedColour(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /**
     * Names an sRGB colour by hue, saturation and value. The bands are chosen by eye for product
     * photos: low saturation is white/grey/black, dark warm hues are brown, pale warm ones beige.
     */
    public static NamedColour of(int rgb) {
        float[] hsv = java.awt.Color.RGBtoHSB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, null);
        float hue = hsv[0] * 360f;
        float saturation = hsv[1];
        float value = hsv[2];
        if (value < 0.18f) {
            return BLACK;
        }
        if (saturation < 0.14f) {
            return value > 0.85f ? WHITE : value < 0.3f ? BLACK : GREY;
        }
        boolean warm = hue >= 15f && hue < 50f;
        if (warm && saturation < 0.4f && value > 0.7f) {
            return BEIGE;
        }
        if ((warm || hue < 15f) && value < 0.55f && saturation > 0.25f && !(hue < 15f && saturation > 0.6f)) {
            return BROWN;
        }
        if (saturation < 0.2f) {
            return value > 0.7f ? WHITE : GREY;
        }
        if (hue < 12f || hue >= 345f) {
            return saturation < 0.45f && value > 0.75f ? PINK : RED;
        }
        if (hue < 40f) {
            return ORANGE;
        }
        if (hue < 68f) {
            return YELLOW;
        }
        if (hue < 170f) {
            return GREEN;
        }
        if (hue < 260f) {
            return BLUE;
        }
        if (hue < 315f) {
            return PURPLE;
        }
        return PINK;
    }
}
