package dev.rapport.integrations;

/** An event Rapport cannot apply as sent; the message is the reason, safe to show (it quotes no value). */
public final class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason, null, false, false);
    }
}
