package id.canting.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not on the list of common
 * passwords ({@code account/common-passwords.txt}), and not the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 128;
	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** @throws InvalidInputException naming {@code field} and the broken rule */
	public static void check(String field, String password, String username) {
		String key = null;
		if (password == null || password.length() < MIN_LENGTH) {
			key = "validation.password.short";
		}
		else if (password.length() > MAX_LENGTH) {
			key = "validation.password.long";
		}
		else if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			key = "validation.password.common";
		}
		else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			key = "validation.password.username";
		}
		if (key != null) {
			throw new InvalidInputException(java.util.List.of(FieldViolation.of(field, key, MIN_LENGTH)));
		}
	}

	private static Set<String> load() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
