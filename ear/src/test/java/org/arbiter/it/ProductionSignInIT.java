package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

import org.arbiter.verifier.Ed25519Keys;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production configuration (arbiter-production.xml) on a server of its own (the ear pom's it3.*
 * properties): callers sign in with JWT bearer tokens the test signs itself with a key pair it made, whose
 * public key, issuer and audience it hands the server as system properties, the way an operator sets
 * ARBITER_JWT_*. The demo accounts do not exist there, the token's claims name the caller and their roles,
 * and every token that is expired, foreign, altered or malformed is a 401 problem with a Bearer challenge.
 * The server is also given an intake admission of one filing at a time with one waiting, to see a full
 * admission queue answered the way every error is.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionSignInIT {

    private static final String PRODUCTION = "production";
    private static final String BASE = System.getProperty("arbiter.it3.base-url", "http://localhost:8380");
    private static final String ISSUER = "https://id.marketplace.test/realms/arbiter";
    private static final String AUDIENCE = "arbiter-api";
    /** The kid the build accepts besides none (the ear pom's arbiter.jwt.key-id). */
    private static final String KEY_ID = "arbiter";

    private static final KeyPair KEYS = Jwts.rsaKeyPair();
    private static final KeyPair ANOTHER_ISSUERS_KEYS = Jwts.rsaKeyPair();
    private static final KeyPair LEDGER_KEYS = Ed25519Keys.generate();
    private static boolean deployedOnce;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = PRODUCTION, managed = false, testable = false)
    @TargetsContainer(PRODUCTION)
    static EnterpriseArchive production() {
        return Deployments.arbiterEar();
    }

    @BeforeEach
    void theProductionServerTrustingTheTestsKey() {
        if (!controller.isStarted(PRODUCTION)) {
            // The PEM has spaces and line breaks: quoted, it stays one JVM argument.
            String jvm = System.getProperty("it3.jvm.args", "")
                    + " -Darbiter.jwt.issuer=" + ISSUER
                    + " -Darbiter.jwt.audience=" + AUDIENCE
                    + " \"-Darbiter.jwt.public-key=" + Jwts.pem(KEYS.getPublic()) + "\""
                    // Production generates no custody log key; it is given one, as operators give theirs.
                    + " \"-Darbiter.ledger.signing-key=" + Ed25519Keys.toPem(LEDGER_KEYS.getPrivate()) + "\""
                    + " \"-Darbiter.ledger.public-key=" + Ed25519Keys.toPem(LEDGER_KEYS.getPublic()) + "\""
                    // One filing at a time and one waiting, so that a burst overflows the admission queue. The
                    // other tests here file one after another, which this admits.
                    + " -Darbiter.intake.max-concurrent-filings=1 -Darbiter.intake.filing-queue=1";
            controller.start(PRODUCTION, Map.of("javaVmArguments", jvm));
            if (!deployedOnce) {
                deployer.deploy(PRODUCTION);
                deployedOnce = true;
            }
        }
    }

    // --- tokens ------------------------------------------------------------------------------------------

    private static Map<String, Object> header() {
        return Api.object("alg", "RS256", "typ", "JWT");
    }

    /** What the identity provider puts in an access token for this user: valid for five minutes. */
    private static Map<String, Object> claims(String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        return new LinkedHashMap<>(Api.object("iss", ISSUER, "aud", AUDIENCE, "sub", user, "iat", now,
                "exp", now + 300, "groups", List.of(roles)));
    }

    private static String token(String user, String... roles) {
        return Jwts.rs256(KEYS.getPrivate(), header(), claims(user, roles));
    }

    private static String token(Map<String, Object> claims) {
        return Jwts.rs256(KEYS.getPrivate(), header(), claims);
    }

    private static Map<String, Object> claimsWith(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = claims("buyer1", "BUYER");
        change.accept(claims);
        return claims;
    }

    private static Api as(String user, String... roles) {
        return Api.bearer(BASE, token(user, roles));
    }

    private static void assertRefusedWithBearerChallenge(SoftAssertions softly, String what, Api.Reply reply) {
        softly.assertThat(reply.status()).as(what + ": " + reply).isEqualTo(401);
        softly.assertThat(reply.header("WWW-Authenticate")).as(what + ": challenge").startsWith("Bearer");
        softly.assertThat(reply.contentType()).as(what + ": content type").startsWith("application/problem+json");
        if (reply.contentType() != null && reply.contentType().startsWith("application/problem+json")) {
            softly.assertThat(reply.json().get("type").asText()).as(what + ": problem type").isEqualTo("/problems/unauthenticated");
        }
    }

    // --- who may do what -----------------------------------------------------------------------------------

    @Test
    void aPlatformTokenPushesTheOrderAndTheBuyersTokenFilesAndReadsTheirCase() {
        String order = Orders.push(as("platform1", "PLATFORM"), "buyer1", "seller1", "80.00");
        Api buyer = as("buyer1", "BUYER");

        Api.Reply filed = buyer.post("/api/v1/complaints",
                Orders.complaint(order, "The parcel never arrived and the tracking stopped a week ago.", "80.00"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String caseNumber = filed.json().get("caseNumber").asText();

        Api.Reply mine = buyer.get("/api/v1/cases");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.body()).contains(caseNumber);
        Api.Reply view = buyer.get("/api/v1/cases/" + caseNumber);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        // The token's subject is the caller: another buyer's token does not see the case.
        assertThat(as("buyer2", "BUYER").get("/api/v1/cases/" + caseNumber).status()).isEqualTo(404);
        assertThat(as("seller1", "SELLER").get("/api/v1/cases/" + caseNumber).status()).isEqualTo(200);
    }

    @Test
    void aBurstOfFilingsBeyondTheAdmissionQueueIsAnswered503WithAProblemAndStoresNothingForTheRefused()
            throws Exception {
        Api platform = as("platform1", "PLATFORM");
        int filings = 16;
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < filings; i++) {
            orders.add(Orders.push(platform, "buyer1", "seller1", "80.00"));
        }
        Api buyer = as("buyer1", "BUYER");
        CyclicBarrier together = new CyclicBarrier(filings);
        ExecutorService clients = Executors.newFixedThreadPool(filings);
        Map<String, Future<Api.Reply>> replies = new LinkedHashMap<>();
        try {
            for (String order : orders) {
                replies.put(order, clients.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return buyer.post("/api/v1/complaints", burstComplaint(order), Map.of("Idempotency-Key", "burst-" + order));
                }));
            }
            List<String> refused = new ArrayList<>();
            SoftAssertions softly = new SoftAssertions();
            for (Map.Entry<String, Future<Api.Reply>> entry : replies.entrySet()) {
                Api.Reply reply = entry.getValue().get(60, TimeUnit.SECONDS);
                if (reply.status() == 503) {
                    refused.add(entry.getKey());
                    softly.assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
                    softly.assertThat(reply.header("Retry-After")).as("the default queue-full-retry-after, PT2S").isEqualTo("2");
                    softly.assertThat(reply.json().path("type").asText()).isEqualTo("/problems/server-busy");
                    softly.assertThat(reply.json().path("status").asInt()).isEqualTo(503);
                } else {
                    softly.assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
                }
            }
            softly.assertAll();
            // Sixteen filings released together against one running and one waiting: most find the queue full.
            assertThat(refused).as("filings refused by the full admission queue").isNotEmpty();
            for (String order : refused) {
                Api.Reply retried = buyer.post("/api/v1/complaints", burstComplaint(order), Map.of("Idempotency-Key", "burst-" + order));
                assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
                // A replay would mean the refused attempt had stored an answer; it stored nothing.
                assertThat(retried.header("Idempotent-Replayed")).as("the retry is the first filing of " + order).isNull();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static Map<String, Object> burstComplaint(String order) {
        return Orders.complaint(order, "The parcel never arrived and the tracking stopped a week ago.", "80.00");
    }

    @Test
    void theRolesAreTheTokensGroups() {
        Api.Reply buyer = as("buyer1", "BUYER").post("/api/v1/classification",
                Api.object("text", "The parcel never arrived and the tracking has not moved."));
        Api.Reply specialist = as("specialist1", "SPECIALIST").post("/api/v1/classification",
                Api.object("text", "The parcel never arrived and the tracking has not moved."));
        Api.Reply buyerPushingAnOrder = as("buyer1", "BUYER").post("/api/v1/integration/orders",
                Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00"));

        assertThat(buyer.status()).as(buyer.toString()).isEqualTo(403);
        assertThat(buyer.contentType()).startsWith("application/problem+json");
        assertThat(specialist.status()).as(specialist.toString()).isEqualTo(200);
        assertThat(buyerPushingAnOrder.status()).as(buyerPushingAnOrder.toString()).isEqualTo(403);
    }

    @Test
    void aTokenNeverActsAsTheSystem() {
        // SYSTEM alone (and names that are no Arbiter role) leave no role: the caller may do nothing.
        Api.Reply systemOnly = as("mallory", "SYSTEM", "admin").get("/api/v1/cases");
        assertThat(systemOnly.status()).as(systemOnly.toString()).isEqualTo(403);
        assertThat(systemOnly.contentType()).startsWith("application/problem+json");
        assertThat(as("mallory", "SYSTEM").post("/api/v1/classification", Api.object("text", "anything at all here"))
                .status()).isEqualTo(403);

        // Beside a real role, SYSTEM is dropped: the audit trail names the buyer acting as BUYER.
        String order = Orders.push(as("platform1", "PLATFORM"), "buyer2", "seller2", "45.00");
        Api.Reply filed = as("buyer2", "SYSTEM", "BUYER").post("/api/v1/complaints",
                Orders.complaint(order, "The vase arrived broken into three pieces inside the box.", "45.00"));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        JsonNode trail = as("specialist1", "SPECIALIST")
                .get("/api/v1/cases/" + filed.json().get("caseNumber").asText() + "/audit").json();
        List<String> actors = new ArrayList<>();
        trail.forEach(entry -> {
            if (entry.get("actor").asText().equals("buyer2")) {
                actors.add(entry.get("actorRole").asText());
            }
        });
        assertThat(actors).isNotEmpty().containsOnly("BUYER");
    }

    @Test
    void aTokenWithTheConfiguredKeyIdIsChecked() {
        Map<String, Object> header = Api.object("alg", "RS256", "typ", "JWT", "kid", KEY_ID);
        Api.Reply reply = Api.bearer(BASE, Jwts.rs256(KEYS.getPrivate(), header, claims("buyer1", "BUYER")))
                .get("/api/v1/cases");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    // --- who is refused ----------------------------------------------------------------------------------

    @Test
    void theDemoAccountsDoNotExistHere() {
        SoftAssertions softly = new SoftAssertions();
        assertRefusedWithBearerChallenge(softly, "buyer1:demo", Api.at(BASE, "buyer1").get("/api/v1/cases"));
        assertRefusedWithBearerChallenge(softly, "platform1:demo", Api.at(BASE, "platform1").post(
                "/api/v1/integration/orders", Orders.snapshot(Api.unique("O"), "buyer1", "seller1", "10.00")));
        softly.assertAll();
    }

    @Test
    void withoutCredentialsTheAnswerIsABearerChallenge() {
        Api.Reply reply = Api.anonymousAt(BASE).get("/api/v1/cases");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"Arbiter\"");
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void everyTokenThatIsNotGoodIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", token(claimsWith(c -> c.put("exp", now - 60))));
        tokens.put("not valid yet", token(claimsWith(c -> c.put("nbf", now + 600))));
        tokens.put("wrong issuer", token(claimsWith(c -> c.put("iss", "https://id.elsewhere.test/"))));
        tokens.put("no issuer", token(claimsWith(c -> c.remove("iss"))));
        tokens.put("wrong audience", token(claimsWith(c -> c.put("aud", List.of("another-api")))));
        tokens.put("no audience", token(claimsWith(c -> c.remove("aud"))));
        tokens.put("no expiry", token(claimsWith(c -> c.remove("exp"))));
        tokens.put("no subject", token(claimsWith(c -> c.remove("sub"))));
        tokens.put("expiry not a number", token(claimsWith(c -> c.put("exp", "tomorrow"))));
        tokens.put("audience not a string", token(claimsWith(c -> c.put("aud", 42))));
        tokens.put("not-before not a number", token(claimsWith(c -> c.put("nbf", "yesterday"))));
        tokens.put("another issuer's key", Jwts.rs256(ANOTHER_ISSUERS_KEYS.getPrivate(), header(), claims("buyer1", "BUYER")));
        tokens.put("unknown key id", Jwts.rs256(KEYS.getPrivate(),
                Api.object("alg", "RS256", "typ", "JWT", "kid", "rotated-away"), claims("buyer1", "BUYER")));

        // Signed as a buyer, then the claims changed to make them a supervisor.
        String[] buyer = token("buyer1", "BUYER").split("\\.");
        tokens.put("payload changed after signing",
                buyer[0] + "." + Jwts.part(claims("buyer1", "SUPERVISOR")) + "." + buyer[2]);
        // No signature at all, and the public key used as an HMAC secret (algorithm confusion).
        tokens.put("alg none", Jwts.part(Api.object("alg", "none", "typ", "JWT")) + "." + Jwts.part(claims("buyer1", "SUPERVISOR")) + ".");
        String hsInput = Jwts.part(Api.object("alg", "HS256", "typ", "JWT")) + "." + Jwts.part(claims("buyer1", "SUPERVISOR"));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(Jwts.pem(KEYS.getPublic()).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        tokens.put("HS256 with the public key", hsInput + "." + Jwts.encode(hmac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII))));
        // Not JWTs.
        tokens.put("garbage", "garbage");
        tokens.put("two parts", buyer[0] + "." + buyer[1]);
        tokens.put("not base64", "%%%.***.$$$");
        tokens.put("claims not JSON", buyer[0] + "." + Jwts.encode("not json".getBytes(StandardCharsets.UTF_8)) + "." + buyer[2]);

        SoftAssertions softly = new SoftAssertions();
        tokens.forEach((what, token) -> assertRefusedWithBearerChallenge(softly, what,
                Api.bearer(BASE, token).get("/api/v1/cases")));
        softly.assertAll();
    }

    @Test
    void aTokenMustExpire() {
        // Elytron lets a signed token without exp through; the application refuses it (BearerTokenPolicy).
        Api.Reply reply = Api.bearer(BASE, token(claimsWith(c -> c.remove("exp")))).get("/api/v1/cases");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"Arbiter\", error=\"invalid_token\"");
        assertThat(reply.json().get("detail").asText()).isEqualTo("the bearer token has no expiry time (exp)");
    }

    // --- what stays open ---------------------------------------------------------------------------------

    @Test
    void theLedgerIsReadWithoutSigningIn() throws InterruptedException {
        Api.BinaryReply publicKey = Api.anonymousAt(BASE).bytes("GET", "/api/v1/ledger/public-key");
        // The sequencer publishes the first tree head (of the empty log) a moment after start-up.
        Api.Reply head = Api.anonymousAt(BASE).get("/api/v1/ledger/tree-head");
        for (int i = 0; i < 60 && head.status() == 404; i++) {
            Thread.sleep(250);
            head = Api.anonymousAt(BASE).get("/api/v1/ledger/tree-head");
        }

        assertThat(publicKey.status()).as(publicKey.toString()).isEqualTo(200);
        assertThat(new String(publicKey.body(), StandardCharsets.US_ASCII)).contains("BEGIN PUBLIC KEY");
        assertThat(Ed25519Keys.readPublicKey(new String(publicKey.body(), StandardCharsets.US_ASCII)))
                .as("the log signs with the key it was given").isEqualTo(LEDGER_KEYS.getPublic());
        assertThat(head.status()).as(head.toString()).isEqualTo(200);
        assertThat(head.json().has("treeSize")).isTrue();
        // A token sent there anyway is checked (WildFly authenticates proactively): a good one reads, a bad one
        // is refused like everywhere else, never a server error.
        assertThat(as("buyer1", "BUYER").get("/api/v1/ledger/tree-head").status()).isEqualTo(200);
        SoftAssertions softly = new SoftAssertions();
        assertRefusedWithBearerChallenge(softly, "bad token on the ledger",
                Api.bearer(BASE, "garbage").get("/api/v1/ledger/tree-head"));
        softly.assertAll();
    }
}
