package id.canting.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * Submits a form's command and puts its refusal into the form's {@link BindingResult}, so a page
 * controller says only what to do on success (a redirect with a notice) and which page to show again:
 * {@code FormSubmission.of(result).submit(command).map(onSuccess).orElseGet(showFormAgain)}.
 * <p>
 * Rule violations go next to their fields ({@link FormRejections#reject}); a conflict (a duplicate, a
 * stale version) above the form, or next to the field named for its kind. Which other refusals belong
 * in the form is said per form ({@link #ruleRefusals()}, {@link #otherRefusals()}, {@link #onField});
 * anything else, and a refusal as not found or forbidden unless named for a field, is not the form's problem
 * and reaches the error pages as before.
 */
public final class FormSubmission {

	private final BindingResult result;
	private final Map<Class<? extends DomainException>, String> fields = new LinkedHashMap<>();
	private boolean ruleRefusals;
	private boolean otherRefusals;

	private FormSubmission(BindingResult result) {
		this.result = result;
	}

	public static FormSubmission of(BindingResult result) {
		return new FormSubmission(result);
	}

	/**
	 * This kind of refusal (and its subclasses) is shown next to this field rather than above the form;
	 * the first kind named that matches decides.
	 */
	public FormSubmission onField(Class<? extends DomainException> kind, String field) {
		fields.put(kind, field);
		return this;
	}

	/** A business rule's refusal ({@link RuleRefusedException}) is shown above the form too. */
	public FormSubmission ruleRefusals() {
		this.ruleRefusals = true;
		return this;
	}

	/** Every refusal of the module's rules but "not found" and "forbidden" is shown above the form. */
	public FormSubmission otherRefusals() {
		this.otherRefusals = true;
		return this;
	}

	/** The command's result, or empty with its refusal in the form; nothing was saved then. */
	public <T> Optional<T> submit(Supplier<T> command) {
		try {
			return Optional.of(command.get());
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			String field = fieldOf(e);
			if (field != null) {
				result.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
			}
			else if (formWide(e)) {
				result.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
			else {
				throw e;
			}
		}
		return Optional.empty();
	}

	private String fieldOf(DomainException e) {
		return fields.entrySet().stream().filter(kind -> kind.getKey().isInstance(e)).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private boolean formWide(DomainException e) {
		if (e instanceof ForbiddenException || e instanceof NotFoundException) {
			return false;
		}
		return e instanceof ConflictException || ruleRefusals && e instanceof RuleRefusedException || otherRefusals;
	}

	/** For a command that gives nothing back: true when it was taken. */
	public boolean submitted(Runnable command) {
		return submit(() -> {
			command.run();
			return Boolean.TRUE;
		}).isPresent();
	}
}
