package dev.rapport.catalog;

/**
 * The product search could not answer (throttled, failing, timed out, refused) after its adapter's
 * own retries. The tool says so to the model and the turn still answers.
 */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
