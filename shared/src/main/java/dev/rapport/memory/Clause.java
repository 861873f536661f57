package dev.rapport.memory;

/**
 * The smallest piece of a message that can state one fact, with leading fillers ("hi", "其实",
 * "remember that", "以后") removed.
 *
 * @param firstPerson starts with the customer as subject (I, my, 我)
 * @param unreliable a question, hypothetical, past, hedged or reported statement: never a fact
 * @param standing opened with "remember", "from now on", "以后" and the like: meant to last
 * @param sentence the whole sentence the clause belongs to, for what it says about the clause
 *     ("Due to religious beliefs, I avoid pork")
 */
record Clause(String text, boolean firstPerson, boolean unreliable, boolean standing, String sentence) {

    Clause(String text, boolean firstPerson, boolean unreliable, boolean standing) {
        this(text, firstPerson, unreliable, standing, text);
    }
}
