package dev.rapport.agents;

import java.util.Locale;

/** The specialists a turn can be routed to; the wire name is what the chat response's {@code agent} says. */
public enum Specialist {
    /** Order status, cancel, address change, rebooking, returns: the confirmed-action tools. */
    ORDERS,
    /** Catalog, knowledge graph, memories, photos: what to buy and whether it suits. */
    ADVISOR,
    /** Complaints, strong emotion, risk topics, handoff to a person. */
    CARE,
    /** Settings, what is remembered, export and erasure asked for in chat. */
    ACCOUNT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a stored or labelled name; null for an unknown one. */
    public static Specialist fromWireName(String name) {
        if (name == null) {
            return null;
        }
        for (Specialist specialist : values()) {
            if (specialist.wireName().equalsIgnoreCase(name.strip())) {
                return specialist;
            }
        }
        return null;
    }
}
