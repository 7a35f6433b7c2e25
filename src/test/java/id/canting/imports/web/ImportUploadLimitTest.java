package id.canting.imports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;

/**
 * An upload over the configured limit is answered 413 with a message naming the limit, and starts
 * no job. Sent over real HTTP: MockMvc does not parse multipart bodies, so it never hits the limit.
 * The test context sets the limit to 8 MB.
 */
@CantingTest
class ImportUploadLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFileOverTheLimitIsRefusedWith413NamingTheLimitAndStartsNoJob() throws Exception {
		int jobsBefore = jdbc.sql("select count(*) from import_job").query(Integer.class).single();
		byte[] tooLarge = new byte[8 * 1024 * 1024 + 64 * 1024];
		Arrays.fill(tooLarge, (byte) 'a');

		String response = postStoppingWhenAnswered("/api/v1/imports/ikm", token(), multipart("daftar.csv", tooLarge));

		assertThat(response).startsWith("HTTP/1.1 413");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response).contains("\"status\":413").contains("upload size limit (8 MB)");
		assertThat(jdbc.sql("select count(*) from import_job").query(Integer.class).single()).isEqualTo(jobsBefore);
	}

	private String token() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"canting-demo\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	/**
	 * Sends the request over a plain socket and returns the raw response. The server answers as soon
	 * as the limit is passed and closes the connection, as curl shows; Java's HTTP clients treat the
	 * unsent rest of the body as an error and lose the answer, so the body is written from another
	 * thread whose broken pipe is expected.
	 */
	private String postStoppingWhenAnswered(String path, String token, byte[] body) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + token
					+ "\r\nAccept-Language: en\r\nContent-Type: multipart/form-data; boundary=canting\r\nContent-Length: "
					+ body.length + "\r\n\r\n";
			OutputStream out = socket.getOutputStream();
			Thread sender = new Thread(() -> {
				try {
					out.write(head.getBytes(StandardCharsets.US_ASCII));
					out.write(body);
					out.flush();
				}
				catch (IOException expected) {
					// the server stopped reading once it had answered
				}
			});
			sender.start();
			socket.setSoTimeout(30_000);
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			sender.join(30_000);
			return response;
		}
	}

	private static byte[] multipart(String fileName, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--canting\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes("\r\n--canting--\r\n".getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
