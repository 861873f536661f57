package dev.rapport.inquiry.image;

/** How the prepared image is oriented; within 5 % of square counts as square. */
public enum ImageShape {
    PORTRAIT("竖图", "portrait"),
    LANDSCAPE("横图", "landscape"),
    SQUARE("方图", "square");

    private final String chinese;
    private final String english;

    ImageShape(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    static ImageShape of(int width, int height) {
        if (Math.abs(width - height) <= 0.05 * Math.max(width, height)) {
            return SQUARE;
        }
        return width > height ? LANDSCAPE : PORTRAIT;
    }
}
