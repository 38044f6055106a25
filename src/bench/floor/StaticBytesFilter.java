package floor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The benchmark's floor: the least any answer from Payara Micro's servlet container costs. Serves the
 * files of {@code BENCH_FLOOR_DIR} from memory by name, with a fixed ETag and 304, and does nothing
 * else: no CDI, no security, no JAX-RS. What Koryu spends above this is Koryu's own; what this
 * spends above nginx is the container's.
 */
@WebFilter(urlPatterns = "/*")
public class StaticBytesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String ETAG = "\"floor\"";
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException {
        byte[] body = files.computeIfAbsent(request.getRequestURI(), StaticBytesFilter::read);
        response.setHeader("ETag", ETAG);
        response.setHeader("Cache-Control", "public, max-age=60");
        if (ETAG.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] read(String uri) {
        try {
            return Files.readAllBytes(Path.of(System.getenv("BENCH_FLOOR_DIR"), Path.of(uri).getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
