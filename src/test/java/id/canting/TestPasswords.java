package id.canting;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder with bcrypt at its lowest cost (4) instead of the default 10:
 * the same delegating encoder and {@code {bcrypt}} hashes, but 64 times fewer rounds. The suite signs
 * in, fails to sign in and changes passwords many times (the throttling tests, the account tests, the
 * authorisation matrix, every browser test), and at cost 10 each of those hashes takes 70–150 ms of
 * a build machine's CPU; none of the tests is about the cost. Production keeps
 * {@code PasswordEncoderFactories.createDelegatingPasswordEncoder()} (account's {@code SecurityConfig}).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestPasswords {

	@Bean
	@Primary
	PasswordEncoder fastTestPasswordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(4)));
		// a hash of another id ({noop}, {pbkdf2}, ...) is matched as production matches it
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}
}
