package io.github.rectrack.examples.dashboard;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, to lay out a page as a reader's browser
 * does and ask it where things are and how they look. The browser is started with {@code
 * --remote-debugging-port=0}; the port it chose is read from its "DevTools listening on ws://…" line, the
 * page's debugging address from {@code /json/list}, and the page is driven through the JDK's {@link
 * WebSocket}. Every wait has a time limit, and {@link #close()} always ends the browser's process.
 *
 * <p>Without a browser a test using this is skipped, except where the environment variable {@code CI} is
 * {@code true}: there a missing browser fails the test, so a build machine cannot pass by not rendering.
 */
final class HeadlessBrowser implements AutoCloseable {

    /** The programs tried, in order: Debian's headless shell, then the full browsers. */
    static final List<String> PROGRAMS = List.of("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome");

    private static final Duration START = Duration.ofSeconds(20);
    private static final Duration CALL = Duration.ofSeconds(10);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private HeadlessBrowser(Process process) {
        this.process = process;
    }

    /** The path of the first browser of {@link #PROGRAMS} on the {@code PATH}, if there is one. */
    static Optional<Path> program() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : PROGRAMS) {
            Optional<Path> found = Arrays.stream(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                    .filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The browser, or the test skipped (failed under {@code CI=true}) naming the Debian package that brings
     * it.
     */
    static Path require() {
        Optional<Path> found = program();
        if (found.isEmpty()) {
            String why = "none of " + PROGRAMS + " is on the PATH; install the Debian package chromium-headless-shell (or chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI=true: the rendering checks must run)");
            }
            assumeTrue(false, why);
        }
        return found.get();
    }

    /**
     * Starts the browser with a window of the given size, a profile of its own in {@code work} and a blank
     * page, and connects to that page.
     *
     * @param program the browser
     * @param work a directory for the browser's profile
     * @param width the window's width in CSS pixels
     * @param height the window's height in CSS pixels
     * @return the running browser; close it
     */
    static HeadlessBrowser start(Path program, Path work, int width, int height) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(program.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + work.resolve("profile"), "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1", "about:blank"));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HeadlessBrowser browser = new HeadlessBrowser(process);
        try {
            browser.connect();
            return browser;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    private void connect() throws IOException, InterruptedException {
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    log.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        listening.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended; what it wrote is in the log
            }
            listening.complete(null);
        }, "headless-browser-stderr");
        reader.setDaemon(true);
        reader.start();
        String browserAddress = await(listening, START, "the browser to say where DevTools listens");
        if (browserAddress == null) {
            fail("the browser ended before it listened for DevTools:\n" + String.join("\n", log));
        }
        URI address = URI.create(browserAddress);
        HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://" + address.getHost() + ":" + address.getPort() + "/json/list"))
                .timeout(CALL).build();
        String pageAddress = null;
        for (JsonNode target : JSON.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
            if ("page".equals(target.path("type").asText())) {
                pageAddress = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageAddress == null) {
            fail("the browser has no page to drive; its targets: " + http.send(list, HttpResponse.BodyHandlers.ofString()).body());
        }
        socket = await(http.newWebSocketBuilder().connectTimeout(CALL).buildAsync(URI.create(pageAddress), new Listener()), CALL,
                "the page's DevTools socket to open");
    }

    /**
     * Opens a file and waits until it has loaded and been laid out.
     *
     * @param page the file
     */
    void open(Path page) throws InterruptedException {
        call("Page.navigate", JSON.createObjectNode().put("url", page.toUri().toString()));
        long deadline = System.nanoTime() + CALL.toNanos();
        while (!"complete".equals(evaluate("document.readyState").asText())) {
            if (System.nanoTime() > deadline) {
                fail("the browser did not finish loading " + page + " in " + CALL.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /**
     * Evaluates an expression in the page and returns its value.
     *
     * @param expression JavaScript whose value JSON can hold
     * @return the value
     */
    JsonNode evaluate(String expression) throws InterruptedException {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            fail("the page threw evaluating the script: " + result.path("exceptionDetails").toPrettyString());
        }
        return result.path("result").path("value");
    }

    /**
     * A PNG of what the window shows.
     *
     * @return the image's bytes
     */
    byte[] screenshot() throws InterruptedException {
        JsonNode result = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        return Base64.getDecoder().decode(result.path("data").asText());
    }

    /** Sends a command to the page and waits for its result, failing the test on an error or after the time limit. */
    private JsonNode call(String method, ObjectNode params) throws InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        await(socket.sendText(message.toString(), true), CALL, "the browser to take " + method);
        JsonNode reply = await(answer, CALL, "the browser's answer to " + method);
        if (reply.has("error")) {
            fail(method + " failed: " + reply.path("error"));
        }
        return reply.path("result");
    }

    private <T> T await(CompletableFuture<T> future, Duration limit, String what) throws InterruptedException {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; the browser said:\n" + String.join("\n", log), e);
        } catch (ExecutionException e) {
            throw new AssertionError("failed waiting for " + what + ": " + e.getCause(), e.getCause());
        }
    }

    /**
     * Closes the socket and ends the browser's process and its children, forcibly if the browser does not
     * end in five seconds or the wait is interrupted (the interruption is kept).
     */
    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
        pending.values().forEach(f -> f.cancel(true));
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Collects each message, which may arrive in parts, and completes the command it answers. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
