package org.arbiter.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators and client authors rely on: health, the OpenAPI contract, uniform errors. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.arbiterEar();
    }

    private static HttpResponse<String> plainGet(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void reportsReadinessOnTheManagementInterface() throws Exception {
        String management = "http://localhost:" + System.getProperty("it.management.port", "10090");

        HttpResponse<String> ready = plainGet(management + "/health/ready");

        // The EAR is deployed only once the schema is migrated (SchemaMigration runs at start-up).
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"" + Deployments.deploymentName("PlatformIT") + "\":\"OK\"");
        // The application's own check: the database answers.
        assertThat(ready.body()).containsPattern("\"name\":\"arbiter-database\",\"status\":\"UP\"");
    }

    @Test
    void publishesTheOpenApiContract() throws Exception {
        HttpResponse<String> openapi = plainGet(Api.baseUrl() + "/openapi?format=JSON");

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/complaints").contains("/api/v1/cases/{caseNumber}")
                .contains("/api/v1/integration/orders").contains("/api/v1/classification")
                .contains("AcknowledgementReceipt").contains("Problem");
        // The statuses it documents are the ones the resources answer (the generator guesses 201 for a void POST).
        var paths = new com.fasterxml.jackson.databind.ObjectMapper().readTree(openapi.body()).get("paths");
        assertThat(paths.at("/~1api~1v1~1notifications~1{id}~1read/post/responses").fieldNames())
                .toIterable().containsExactlyInAnyOrder("204", "404");
        assertThat(paths.at("/~1api~1v1~1cases~1{caseNumber}~1evidence~1{id}~1withdrawal/post/responses").has("200")).isTrue();
        assertThat(paths.at("/~1api~1v1~1integration~1orders/post/responses").has("200")).isTrue();
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        Api.Reply unknown = Api.as("buyer1").get("/api/v1/nothing-here");
        Api.Reply method = Api.as("buyer1").raw("DELETE", "/api/v1/complaints", null, new byte[0]);
        Api.Reply outsideTheApi = Api.anonymous().get("/no-such-page");
        // The container refuses to list "/" with a 403, which is not about anyone's account.
        Api.Reply root = Api.anonymous().get("/");
        Api.Reply errorPage = Api.anonymous().get("/problems/container-error");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("type").asText()).isEqualTo("/problems/method-not-allowed");
        assertThat(outsideTheApi.status()).isEqualTo(404);
        assertThat(outsideTheApi.contentType()).startsWith("application/problem+json");
        assertThat(root.status()).as(root.toString()).isEqualTo(404);
        assertThat(root.json().get("detail").asText()).contains("/api/v1").contains("/openapi");
        assertThat(errorPage.status()).as(errorPage.toString()).isEqualTo(404);
        assertThat(errorPage.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aMediaTypeHeaderThatIsNoMediaTypeIsABadRequestNamingTheHeader() {
        Api.Reply accept = Api.as("buyer1").get("/api/v1/cases", java.util.Map.of("Accept", "foo"));
        Api.Reply contentType = Api.as("specialist1").raw("POST", "/api/v1/classification", "garbage",
                "{\"text\":\"parcel never arrived\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(accept.status()).as(accept.toString()).isEqualTo(400);
        assertThat(accept.contentType()).startsWith("application/problem+json");
        assertThat(accept.json().get("errors").get(0).get("field").asText()).isEqualTo("Accept");
        assertThat(contentType.status()).as(contentType.toString()).isEqualTo(400);
        assertThat(contentType.json().get("errors").get(0).get("field").asText()).isEqualTo("Content-Type");
        assertThat(contentType.json().get("detail").asText()).contains("Content-Type header is not a media type");
    }

    @Test
    void aQualityThatIsNoNumberIsABadRequestNamingTheHeader() {
        Api.Reply anonymous = Api.anonymous().get("/api/v1/ledger/tree-head", java.util.Map.of("Accept", "application/json;q=abc"));
        Api.Reply signedIn = Api.as("buyer1").get("/api/v1/cases", java.util.Map.of("Accept", "*/*;q="));
        Api.Reply body = Api.as("specialist1").raw("POST", "/api/v1/classification", "application/json;q=abc",
                "{\"text\":\"parcel never arrived\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(400);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("detail").asText()).contains("Accept");
        assertThat(anonymous.json().get("errors").get(0).get("field").asText()).isEqualTo("Accept");
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(400);
        assertThat(body.status()).as(body.toString()).isEqualTo(400);
        assertThat(body.json().get("detail").asText()).contains("Content-Type");
        // The OpenAPI endpoint is the server's, not the WAR's: refused by the server's own filter.
        Api.Reply openapi = Api.anonymous().get("/openapi", java.util.Map.of("Accept", "application/json;q=abc"));
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(400);
        assertThat(Api.anonymous().get("/openapi", java.util.Map.of("Accept", "application/json;q=0.5")).status())
                .isEqualTo(200);
        // What RESTEasy reads is served as before.
        assertThat(Api.as("buyer1").get("/api/v1/cases", java.util.Map.of("Accept", "application/json;q=0.5, */*;q=0.1"))
                .status()).isEqualTo(200);
    }

    @Test
    void theWarsOwnFoldersAreMissingPathsLikeAnyOther() {
        for (String path : new String[] {"/WEB-INF/web.xml", "/web-inf/", "/META-INF/MANIFEST.MF", "/Meta-Inf"}) {
            Api.Reply hidden = Api.anonymous().get(path);
            assertThat(hidden.status()).as(path + ": " + hidden).isEqualTo(404);
            assertThat(hidden.contentType()).as(path).startsWith("application/problem+json");
            assertThat(hidden.json().get("type").asText()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void anAnswerInATypeNobodyServesIsA406ThatSaysWhatWasAsked() {
        // The public key answers PEM or text, not JSON; the cases, JSON and not CSV.
        Api.Reply key = Api.anonymous().get("/api/v1/ledger/public-key", java.util.Map.of("Accept", "application/json"));
        Api.Reply csv = Api.as("buyer1").get("/api/v1/cases", java.util.Map.of("Accept", "text/csv"));

        assertThat(key.status()).as(key.toString()).isEqualTo(406);
        assertThat(key.contentType()).startsWith("application/problem+json");
        assertThat(key.json().get("detail").asText()).contains("(application/json)").doesNotContain("answers application/json");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(406);
        assertThat(csv.json().get("detail").asText()).contains("(text/csv)").contains("/openapi");
        assertThat(csv.json().get("errors").get(0).get("field").asText()).isEqualTo("Accept");
    }

    @Test
    void problemTypesExplainThemselves() throws Exception {
        HttpResponse<String> type = plainGet(Api.baseUrl() + "/problems/duplicate-complaint");

        assertThat(type.statusCode()).isEqualTo(200);
        assertThat(type.body()).contains("already open");
    }
}
