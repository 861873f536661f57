package dev.rapport.local.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints and verifies JWTs the way the HTTP API's JWT authorizer checks them (signature, issuer,
 * audience, expiry), with an RSA key generated at start and never written anywhere.
 */
public final class LocalJwtIssuer {

    public static final String ISSUER = "https://rapport.local/issuer";
    public static final String AUDIENCE = "rapport-local";
    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final RSAKey key;
    private final String issuer;
    private final String groupsClaim;
    private final Clock clock;

    public LocalJwtIssuer(String issuer, String groupsClaim, Clock clock) {
        this(generateKey(), issuer, groupsClaim, clock);
    }

    LocalJwtIssuer(RSAKey key, String issuer, String groupsClaim, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.groupsClaim = groupsClaim;
        this.clock = clock;
    }

    public String issuer() {
        return issuer;
    }

    /** The public key set, as an identity provider publishes it. */
    public String jwksJson() {
        return "{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}";
    }

    public String mint(String subject, List<String> groups) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("token_use", "access");
        if (!groups.isEmpty()) {
            claims.claim(groupsClaim, List.copyOf(groups));
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
    }

    /** The verified claims, or empty when the token is malformed, forged, expired or for someone else. */
    public Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            boolean valid = issuer.equals(claims.getIssuer())
                    && claims.getAudience().contains(AUDIENCE)
                    && claims.getSubject() != null
                    && claims.getExpirationTime() != null
                    && claims.getExpirationTime().toInstant().plus(CLOCK_SKEW).isAfter(now)
                    && (claims.getNotBeforeTime() == null
                            || !claims.getNotBeforeTime()
                                    .toInstant()
                                    .minus(CLOCK_SKEW)
                                    .isAfter(now));
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the local signing key", e);
        }
    }
}
