package dev.rapport.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalJwtIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final RSAKey key = generate();
    private final LocalJwtIssuer issuer = at(NOW);

    @Test
    void verifiesItsOwnTokensWithSubjectAndGroups() {
        JWTClaimsSet claims =
                issuer.verify(issuer.mint("alice", List.of("marketers"))).orElseThrow();

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getClaim("cognito:groups")).isEqualTo(List.of("marketers"));
    }

    @Test
    void refusesExpiredTokens() {
        String token = issuer.mint("alice", List.of());

        assertThat(at(NOW.plus(LocalJwtIssuer.LIFETIME).plus(Duration.ofMinutes(1)))
                        .verify(token))
                .isEmpty();
        assertThat(at(NOW.plus(LocalJwtIssuer.LIFETIME).minus(Duration.ofMinutes(1)))
                        .verify(token))
                .isPresent();
    }

    @Test
    void refusesOtherAudiencesIssuersUnsignedAndForeignKeys() throws Exception {
        assertThat(issuer.verify(signed(key, base().audience("another-app").build())))
                .isEmpty();
        assertThat(issuer.verify(
                        signed(key, base().issuer("https://evil.example").build())))
                .isEmpty();
        assertThat(issuer.verify(signed(generate(), base().build()))).isEmpty();
        assertThat(issuer.verify(new PlainJWT(base().build()).serialize())).isEmpty();
        assertThat(issuer.verify(signed(key, base().build()))).isPresent();
    }

    private LocalJwtIssuer at(Instant now) {
        return new LocalJwtIssuer(key, LocalJwtIssuer.ISSUER, "cognito:groups", Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder base() {
        return new JWTClaimsSet.Builder()
                .subject("mallory")
                .issuer(LocalJwtIssuer.ISSUER)
                .audience(LocalJwtIssuer.AUDIENCE)
                .expirationTime(Date.from(NOW.plusSeconds(600)));
    }

    private static String signed(RSAKey with, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
