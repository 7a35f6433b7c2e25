package id.canting.certification.batikmark.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start when the address printed in every certificate's and label's QR
 * ({@code canting.public-base-url}, from {@code CANTING_PUBLIC_BASE_URL}) is unset or local outside
 * demo mode: a label printed then sends a buyer's phone to an address it cannot open, and a printed
 * label cannot be called back.
 */
@Component
class PublicBaseUrlCheck {

	private static final Logger log = LoggerFactory.getLogger(PublicBaseUrlCheck.class);

	private final String publicBaseUrl;
	private final boolean demo;

	PublicBaseUrlCheck(@Value("${canting.public-base-url:}") String publicBaseUrl,
			@Value("${canting.demo.enabled:true}") boolean demo) {
		this.publicBaseUrl = publicBaseUrl;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenUnset() {
		warning().ifPresent(log::warn);
	}

	/** The warning to log, if any. */
	Optional<String> warning() {
		if (demo || reachableByThePublic(publicBaseUrl)) {
			return Optional.empty();
		}
		return Optional.of("CANTING_PUBLIC_BASE_URL is not set to a public address (it is '" + publicBaseUrl
				+ "'): the QR codes on certificates and labels would send buyers there. Set it to the address the public "
				+ "reaches Canting at (e.g. https://canting.example.go.id) before printing any certificate or label.");
	}

	/** Unset, malformed, or a name only this machine answers to. */
	static boolean reachableByThePublic(String url) {
		if (url == null || url.isBlank()) {
			return false;
		}
		try {
			String host = URI.create(url.strip()).getHost();
			if (host == null) {
				return false;
			}
			host = host.toLowerCase(Locale.ROOT);
			return !(host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
					|| host.equals("0.0.0.0") || host.equals("[::1]") || host.equals("::1"));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
