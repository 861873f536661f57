package dev.rapport.agents;

import java.util.List;
import java.util.Objects;

/**
 * One specialist's job description: what it is told, in each first-class language, and the only tools it
 * may call. The tools are enforced by the tool runner, not only asked for in the instructions.
 *
 * @param english the instructions added to the base prompt for a turn in English
 * @param chinese the same instructions for a turn in Chinese
 * @param tools the names of the tools this specialist may call, in the order they are offered
 */
public record Brief(Specialist specialist, String english, String chinese, List<String> tools) {

    public Brief {
        Objects.requireNonNull(specialist, "specialist");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        tools = List.copyOf(tools);
    }

    public String instructions(boolean inChinese) {
        return inChinese ? chinese : english;
    }
}
