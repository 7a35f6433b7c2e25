package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import id.canting.CantingTest;

/**
 * JSON bodies over {@code canting.limits.json-body} (1 MB) are refused with 413 before they are
 * read: a declared Content-Length at once, a chunked body as soon as it passes the limit. Over real
 * HTTP, because the point is what the server reads from the socket.
 */
@CantingTest
class RequestBodyLimitTest {

	static final long NINETY_FIVE_MB = 95L * 1024 * 1024;

	@Value("${local.server.port}")
	int port;

	@Test
	void aDeclaredLargeJsonBodyIsRefusedBeforeItIsRead() throws Exception {
		Answer answer = send("/api/v1/auth/token", "Content-Length: " + NINETY_FIVE_MB, false);
		assertThat(answer.statusLine()).contains(" 413 ");
		assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(answer.body()).contains("\"status\":413").contains("1 MB");
		assertThat(answer.millis()).isLessThan(5_000);
	}

	@Test
	void aChunkedLargeJsonBodyIsRefusedOnceItPassesTheLimit() throws Exception {
		Answer answer = send("/api/v1/auth/token", "Transfer-Encoding: chunked", true);
		assertThat(answer.statusLine()).contains(" 413 ");
		assertThat(answer.body()).contains("\"status\":413");
	}

	@Test
	void aLargeJsonBodyToAPageIsRefusedToo() throws Exception {
		Answer answer = send("/login", "Content-Length: " + NINETY_FIVE_MB, false);
		assertThat(answer.statusLine()).contains(" 413 ");
	}

	@Test
	void sixConcurrentNinetyFiveMegabyteBodiesLeaveTheNodeAnswering() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Answer>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				boolean chunked = i % 2 == 1;
				answers.add(pool.submit(() -> send("/api/v1/auth/token",
						chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + NINETY_FIVE_MB, chunked)));
			}
			for (Future<Answer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS).statusLine()).contains(" 413 ");
			}
		}
		finally {
			pool.shutdownNow();
		}
		HttpResponse<String> normal = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"assessor\",\"password\":\"canting-demo\"}"))
					.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(normal.statusCode()).isEqualTo(200);
		assertThat(normal.body()).contains("\"token\"");
	}

	@Test
	void aJsonBodyUnderTheLimitIsReadAsBefore() throws Exception {
		// 900 kB of padding in a field the endpoint ignores: read, then refused for the wrong password only
		String padding = "x".repeat(900 * 1024);
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
					.header("Content-Type", "application/json").header("X-Forwarded-For", "10.12.0.4")
					.POST(HttpRequest.BodyPublishers.ofString(
							"{\"username\":\"nobody.limit\",\"password\":\"wrong-password-1\",\"padding\":\"" + padding + "\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isNotEqualTo(413).isLessThan(500);
	}

	record Answer(String statusLine, String head, String body, long millis) {
	}

	/** Sends headers and up to 8 MB of a JSON body, stops writing when the server answers, reads the answer. */
	private Answer send(String path, String lengthHeader, boolean chunked) throws IOException {
		long start = System.nanoTime();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "X-Forwarded-For: 10.12.0.3\r\n" + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			chunk[0] = '[';
			try {
				for (int sent = 0; sent < 8 * 1024 * 1024 && socket.getInputStream().available() == 0; sent += chunk.length) {
					if (chunked) {
						out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					}
					out.write(chunk);
					if (chunked) {
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					chunk[0] = ' ';
				}
			}
			catch (IOException closedByServer) {
				// the server answered and closed the connection without reading the rest: what we want
			}
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String statusLine = in.readLine();
			StringBuilder head = new StringBuilder();
			String line;
			while ((line = in.readLine()) != null && !line.isEmpty()) {
				head.append(line).append('\n');
			}
			StringBuilder body = new StringBuilder();
			char[] buffer = new char[4096];
			int read;
			try {
				while (body.length() < 20_000 && (read = in.read(buffer)) > 0) {
					body.append(buffer, 0, read);
					if (body.indexOf("}") >= 0 || body.indexOf("</html>") >= 0) {
						break;
					}
				}
			}
			catch (IOException reset) {
				// closed after the answer
			}
			return new Answer(String.valueOf(statusLine), head.toString(), body.toString(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}
}
