package se.accessiblenav.server.help;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * A JSON message POSTed to the contact's webhook (an alarm centre, an SMS gateway): any 2xx answer is
 * delivered. The body: {@code event}, {@code id}, {@code walker}, {@code words}, {@code lat}, {@code lon},
 * {@code accuracy_m}, {@code time}, {@code share_url}, {@code route} ([lon, lat] pairs).
 */
@Component
class WebhookChannel implements HelpChannel {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean reaches(NavigationProperties.Contact contact) {
        return !contact.webhook().isEmpty();
    }

    @Override
    public void send(NavigationProperties.Contact contact, HelpMessage message)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(contact.webhook()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(message)))
                .build();
        HttpResponse<Void> answer = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) throw new IOException("the webhook answered " + answer.statusCode());
    }

    String body(HelpMessage message) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("event", message.event());
        body.put("id", message.callId());
        body.put("walker", message.who());
        body.put("words", message.words());
        body.put("lat", message.lat());
        body.put("lon", message.lon());
        body.put("accuracy_m", message.accuracyMeters());
        body.put("time", message.time().toString());
        body.put("share_url", message.shareUrl());
        ArrayNode route = body.putArray("route");
        for (double[] point : message.route()) route.addArray().add(point[0]).add(point[1]);
        return json.writeValueAsString(body);
    }
}
