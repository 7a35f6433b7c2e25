package id.canting.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A code as an argument of a refusal, read as its label: "status sekarang: Diajukan", not
 * "SUBMITTED". The message source resolves it in the reader's language when it renders the
 * refusal (Problem Details, form errors and error pages alike); the bare code is the fallback.
 */
public final class CodeLabel {

	private CodeLabel() {
	}

	/** The label under {@code prefix + code}, e.g. {@code of("programme.application.status.", SUBMITTED)}. */
	public static MessageSourceResolvable of(String prefix, Enum<?> code) {
		return new DefaultMessageSourceResolvable(new String[] { prefix + code.name() }, code.name());
	}
}
