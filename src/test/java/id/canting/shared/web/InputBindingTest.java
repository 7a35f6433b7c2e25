package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * Forms and step records bind typed amounts and days through the registered formatters, and a value
 * that cannot be read becomes its field's error with the field's own message key and what was typed.
 */
class InputBindingTest {

	/** A form bean as the pages bind it. */
	public static class Form {

		@Rupiah(refusal = "amount.refused")
		private TypedAmount amount;

		@Day
		private LocalDate day;

		public TypedAmount getAmount() { return amount; }
		public void setAmount(TypedAmount v) { amount = v; }
		public LocalDate getDay() { return day; }
		public void setDay(LocalDate v) { day = v; }
	}

	/** A step's few fields, as a record. */
	record Step(@Day LocalDate day, @Rupiah(refusal = "amount.refused") TypedAmount amount) {
	}

	@Test
	void aFormBeanReadsTypedAmountsAndDays() {
		WebDataBinder binder = binder(new Form());
		binder.bind(new MutablePropertyValues(Map.of("amount", "Rp 25.000.000", "day", "2024-10-02")));
		Form form = (Form) binder.getTarget();
		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		assertThat(form.getAmount()).isEqualTo(new TypedAmount(25_000_000L));
		assertThat(form.getDay()).isEqualTo(LocalDate.of(2024, 10, 2));
	}

	@Test
	void aValueThatCannotBeReadIsTheFieldsOwnRefusal() {
		WebDataBinder binder = binder(new Form());
		binder.bind(new MutablePropertyValues(Map.of("amount", "25 juta", "day", "kemarin")));
		FieldError amount = binder.getBindingResult().getFieldError("amount");
		assertThat(amount.getCode()).isEqualTo("amount.refused");
		assertThat(amount.getArguments()).containsExactly("25 juta");
		assertThat(amount.getRejectedValue()).isEqualTo("25 juta");
		FieldError day = binder.getBindingResult().getFieldError("day");
		assertThat(day.getCode()).isEqualTo("validation.date");
		assertThat(day.getArguments()).containsExactly("kemarin");
	}

	@Test
	void whatSpringsLenientNumberEditorWouldTakeIsStillRefused() {
		for (String typed : new String[] { "-5", "+5", "0x10", "25\t000" }) {
			WebDataBinder binder = binder(new Form());
			binder.bind(new MutablePropertyValues(Map.of("amount", typed)));
			assertThat(binder.getBindingResult().getFieldError("amount")).as(typed).isNotNull()
				.extracting(FieldError::getCode).isEqualTo("amount.refused");
		}
	}

	@Test
	void aFormShowsAnAmountAgainAsPlainDigits() {
		Form form = new Form();
		form.setAmount(new TypedAmount(25_000_000L));
		assertThat(binder(form).getBindingResult().getFieldValue("amount")).isEqualTo("25000000");
	}

	@Test
	void aRecordIsReadTheSameWayAndItsRefusalsBecomeViolations() {
		WebDataBinder binder = binder(null);
		binder.setTargetType(ResolvableType.forClass(Step.class));
		binder.construct(new MapResolver(Map.of("day", "2024-10-02", "amount", "25,000,000")));
		assertThat(binder.getTarget()).isEqualTo(new Step(LocalDate.of(2024, 10, 2), new TypedAmount(25_000_000L)));

		WebDataBinder refused = binder(null);
		refused.setTargetType(ResolvableType.forClass(Step.class));
		refused.construct(new MapResolver(Map.of("day", "besok", "amount", "30 juta")));
		assertThat(FormRejections.unreadable(refused.getBindingResult()))
			.extracting(v -> v.field() + " " + v.messageKey() + " " + v.arguments())
			.containsExactly("day validation.date [besok]", "amount amount.refused [30 juta]");
	}

	private static WebDataBinder binder(Object target) {
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
		new InputFormatConfig().addFormatters(conversions);
		WebDataBinder binder = new WebDataBinder(target, "form");
		binder.setConversionService(conversions);
		new ReadableRefusals().useFor(binder);
		return binder;
	}

	record MapResolver(Map<String, String> values) implements org.springframework.validation.DataBinder.ValueResolver {

		@Override
		public Object resolveValue(String name, Class<?> type) {
			return values.get(name);
		}

		@Override
		public java.util.Set<String> getNames() {
			return values.keySet();
		}
	}
}
