package id.canting.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A browser test's own API calls, as the demo admin over real HTTP with a bearer token: reading an
 * IKM before the journey changes it, and putting it back afterwards.
 */
final class AdminApi {

	/** The fields {@code PUT /api/v1/ikm/{id}} reads, to send back an IKM exactly as it was read. */
	private static final List<String> IKM_REQUEST_FIELDS = List.of("nib", "name", "ownerName", "ownerGender", "address",
			"regencyCode", "sentraId", "kind", "techniques", "categories", "dyes", "workersMale", "workersFemale",
			"capacityPerMonth", "investmentIdr", "yearFounded", "phone", "email");

	private final RestClient client;

	private AdminApi(RestClient client) {
		this.client = client;
	}

	static AdminApi signIn(String baseUrl) {
		Map<String, Object> token = RestClient.create(baseUrl).post().uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "admin", "password", "canting-demo"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return new AdminApi(RestClient.builder().baseUrl(baseUrl)
			.defaultHeader("Authorization", "Bearer " + token.get("token")).build());
	}

	RestClient client() {
		return client;
	}

	Map<String, Object> ikm(long id) {
		return client.get().uri("/api/v1/ikm/{id}", id).retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	/** Puts the IKM back as it was read, at whatever version it has now. */
	void restore(long id, Map<String, Object> original) {
		Map<String, Object> request = new LinkedHashMap<>();
		IKM_REQUEST_FIELDS.forEach(field -> request.put(field, original.get(field)));
		request.put("version", ikm(id).get("version"));
		client.put().uri("/api/v1/ikm/{id}", id).contentType(MediaType.APPLICATION_JSON).body(request).retrieve()
			.toBodilessEntity();
	}
}
