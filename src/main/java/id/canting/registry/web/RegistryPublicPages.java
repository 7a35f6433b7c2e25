package id.canting.registry.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.shared.web.cache.CacheablePages;

/** The public catalogue of IKM and sentra, served to anonymous visitors from the shared page cache. */
@Component
class RegistryPublicPages implements CacheablePages {

	@Override
	public List<String> paths() {
		return List.of("/catalogue", "/catalogue/*", "/sentra", "/sentra/*", "/api/v1/catalogue/**", "/api/v1/sentra",
				"/api/v1/sentra/*");
	}
}
