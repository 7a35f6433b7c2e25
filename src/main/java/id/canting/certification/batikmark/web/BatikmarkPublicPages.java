package id.canting.certification.batikmark.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.shared.web.cache.CacheablePages;

/**
 * The public register and a label's verification page, served to anonymous visitors from the shared
 * page cache (every certificate change is an event, so it counts the public data version). The JSON
 * verification keeps its own cache ({@code CertificateVerification}).
 */
@Component
class BatikmarkPublicPages implements CacheablePages {

	@Override
	public List<String> paths() {
		return List.of("/certificates", "/v/*", "/api/v1/certificates");
	}
}
