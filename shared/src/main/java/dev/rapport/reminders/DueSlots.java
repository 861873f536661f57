package dev.rapport.reminders;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of the due index: {@code DUE#<UTC minute>#<shard>}. Spreading a minute over shards
 * keeps one popular minute (everyone's 08:00 medication) from landing on one index partition;
 * a sweep reads every shard of every minute it covers.
 */
public record DueSlots(int shards) {

    public static final int DEFAULT_SHARDS = 8;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    public DueSlots {
        if (shards < 1 || shards > 100) {
            throw new IllegalArgumentException("shards must be 1-100");
        }
    }

    /** The slot a reminder due at {@code at} is indexed under. */
    public String slotOf(String reminderId, Instant at) {
        return key(at, Math.floorMod(reminderId.hashCode(), shards));
    }

    /** Every slot of every minute from {@code from} to {@code to}, both inclusive. */
    public List<String> slotsBetween(Instant from, Instant to) {
        List<String> slots = new ArrayList<>();
        for (Instant minute = from.truncatedTo(ChronoUnit.MINUTES);
                !minute.isAfter(to);
                minute = minute.plus(1, ChronoUnit.MINUTES)) {
            for (int shard = 0; shard < shards; shard++) {
                slots.add(key(minute, shard));
            }
        }
        return slots;
    }

    private static String key(Instant at, int shard) {
        return "DUE#" + MINUTE.format(at) + "#" + shard;
    }
}
