package se.accessiblenav.server.obstacle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.server.SharedTestData;

/** For cities with an identity provider: planners send a signed JWT whose roles include planner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlannerJwtIT {
    static final KeyPair CITY = keyPair();
    static final KeyPair STRANGER = keyPair();

    @LocalServerPort
    int port;

    @Autowired
    ObstacleStore store;

    final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void jwtMode(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        registry.add("navigation.security.mode", () -> "jwt");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKeyFile());
    }

    @AfterEach
    void removeObstacles() {
        for (Obstacle o : store.list(ObstacleQuery.all())) store.delete(o.id(), o.version(), "test-cleanup");
    }

    @Test
    void aTokenWithThePlannerRoleMayWriteAndNamesTheAuthor() throws Exception {
        HttpResponse<String> created = post(token(CITY, List.of("planner")));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(store.list(ObstacleQuery.all()))
                .singleElement()
                .satisfies(o -> assertThat(o.createdBy()).isEqualTo("cecilia"));
    }

    @Test
    void otherTokensAreRefused() throws Exception {
        HttpResponse<String> noRole = post(token(CITY, List.of("viewer")));
        HttpResponse<String> wrongSigner = post(token(STRANGER, List.of("planner")));
        HttpResponse<String> none = post(null);

        assertThat(noRole.statusCode()).isEqualTo(403);
        assertThat(noRole.body()).contains("Only planners");
        assertThat(wrongSigner.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(store.list(ObstacleQuery.all())).isEmpty();
    }

    private HttpResponse<String> post(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/obstacles"))
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[18.0632,59.3345]},\"properties\":{\"kind\":\"signboard\",\"severity\":\"info\","
                        + "\"description_en\":\"A sign on the sidewalk\"}}"));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(KeyPair signer, List<String> roles) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("user-4711")
                .claim("preferred_username", "cecilia")
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("city-idp", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(CITY.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
