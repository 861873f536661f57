package dev.rapport.integrations;

/** Port: where events that could not be applied go, with the reason, for the business to look at. */
public interface DeadLetters {

    void send(DeadLetter letter);

    /**
     * @param event the event as received, personal data replaced by placeholders
     */
    record DeadLetter(String eventId, String detailType, String reason, String event) {}
}
