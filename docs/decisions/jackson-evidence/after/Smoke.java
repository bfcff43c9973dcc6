import feign.RequestTemplate;
import feign.Response;
import feign.Request;
import feign.jackson3.Jackson3Decoder;
import feign.jackson3.Jackson3Encoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

public class Smoke {
  public record Slot(String id, Instant startsAt) {}
  public static void main(String[] a) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    RequestTemplate t = new RequestTemplate();
    new Jackson3Encoder(mapper).encode(new Slot("s1", Instant.parse("2026-12-03T10:00:00Z")), Slot.class, t);
    String body = new String(t.body(), StandardCharsets.UTF_8);
    Response r = Response.builder().status(200).headers(Map.of())
        .request(Request.create(Request.HttpMethod.GET, "/x", Map.of(), null, StandardCharsets.UTF_8, null))
        .body(body, StandardCharsets.UTF_8).build();
    Object back = new Jackson3Decoder(mapper).decode(r, Slot.class);
    System.out.println(body + " -> " + back + " on jackson-databind " + tools.jackson.databind.cfg.PackageVersion.VERSION);
  }
}
