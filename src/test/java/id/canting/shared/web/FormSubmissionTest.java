package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/** A form's command, and where each kind of refusal ends up. */
class FormSubmissionTest {

	/** A form with two fields. */
	public static class Form {

		private String name;
		private String code;

		public String getName() { return name; }
		public void setName(String v) { name = v; }
		public String getCode() { return code; }
		public void setCode(String v) { code = v; }
	}

	static class DuplicateCode extends ConflictException {

		DuplicateCode() {
			super("code.duplicate", "X-1");
		}
	}

	BindingResult result = new BeanPropertyBindingResult(new Form(), "form");

	@Test
	void aTakenCommandGivesItsResultAndLeavesTheFormClean() {
		assertThat(FormSubmission.of(result).submit(() -> 42)).contains(42);
		assertThat(FormSubmission.of(result).submitted(() -> { })).isTrue();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void ruleViolationsGoNextToTheirFields() {
		assertThat(FormSubmission.of(result).submit(() -> {
			throw new InvalidInputException(List.of(FieldViolation.of("name", "validation.required")));
		})).isEmpty();
		assertThat(result.getFieldError("name").getCode()).isEqualTo("validation.required");
	}

	@Test
	void aConflictGoesAboveTheFormOrNextToTheFieldNamedForItsKind() {
		FormSubmission.of(result).submit(() -> {
			throw new ConflictException("version.stale");
		});
		assertThat(result.getGlobalError().getCode()).isEqualTo("version.stale");

		FormSubmission.of(result).onField(DuplicateCode.class, "code").submit(() -> {
			throw new DuplicateCode();
		});
		assertThat(result.getFieldError("code").getCode()).isEqualTo("code.duplicate");
		assertThat(result.getFieldError("code").getArguments()).containsExactly("X-1");
	}

	@Test
	void aRefusedRuleBelongsToTheFormOnlyWhenTheFormSaysSo() {
		assertThatThrownBy(() -> FormSubmission.of(result).submit(() -> {
			throw new RuleRefusedException("rule.refused");
		})).isInstanceOf(RuleRefusedException.class);
		FormSubmission.of(result).ruleRefusals().submit(() -> {
			throw new RuleRefusedException("rule.refused");
		});
		assertThat(result.getGlobalError().getCode()).isEqualTo("rule.refused");
	}

	@Test
	void notFoundAndForbiddenReachTheErrorPagesUnlessNamedForAField() {
		assertThatThrownBy(() -> FormSubmission.of(result).otherRefusals().submit(() -> {
			throw new ForbiddenException("forbidden");
		})).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> FormSubmission.of(result).otherRefusals().submit(() -> {
			throw new NotFoundException("not.found");
		})).isInstanceOf(NotFoundException.class);
		FormSubmission.of(result).onField(NotFoundException.class, "code").submit(() -> {
			throw new NotFoundException("not.found");
		});
		assertThat(result.getFieldError("code").getCode()).isEqualTo("not.found");
	}
}
