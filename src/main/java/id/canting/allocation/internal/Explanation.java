package id.canting.allocation.internal;

import java.util.List;

/**
 * A reason as a message key and its arguments, rendered in the reader's language (why a plan is
 * infeasible, why a producer got its quantity, why an IKM is not eligible).
 */
public record Explanation(String code, List<Object> args) {

	public Explanation {
		args = args == null ? List.of() : List.copyOf(args);
	}

	public static Explanation of(String code, Object... args) {
		return new Explanation(code, List.of(args));
	}
}
