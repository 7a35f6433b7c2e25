package id.canting.imports.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** STUB until the values branch merges. */
@Component
public class Labels {

	public Labels(MessageSource messages) {
	}

	public <E extends Enum<E>> String code(Class<E> type, String messagePrefix, String typed) {
		return typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
	}

	public <E extends Enum<E>> List<String> codes(Class<E> type, String messagePrefix, List<String> typed) {
		return typed.stream().map(t -> code(type, messagePrefix, t)).toList();
	}

	public String label(String messagePrefix, String code, String language) {
		return code;
	}
}
