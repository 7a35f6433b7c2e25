package id.canting.shared.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Every string of a JSON request body, at any depth of its request record, is checked for control
 * characters ({@link ControlCharacters}) once Jackson has read it; a refusal names each field by
 * its path ({@code name}, {@code lines[2].supplier}) as {@code errors: [{field, message}]}, like any
 * other broken field rule, and nothing is changed. Request records are Canting's own records and
 * classes, lists and maps; nothing else is walked.
 */
@ControllerAdvice
class JsonControlCharacters extends RequestBodyAdviceAdapter {

	private static final int MAX_DEPTH = 8;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<FieldViolation> violations = new ArrayList<>();
		walk(body, "", 0, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return body;
	}

	private static void walk(Object value, String path, int depth, List<FieldViolation> violations) {
		if (value == null || depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof CharSequence text) {
			if (ControlCharacters.inText(text)) {
				violations.add(FieldViolation.of(path.isEmpty() ? "body" : path, ControlCharacters.RULE));
			}
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", depth + 1, violations);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> {
				String name = ControlCharacters.printable(String.valueOf(key));
				if (key instanceof CharSequence text && ControlCharacters.inText(text)) {
					violations.add(FieldViolation.of(join(path, name), ControlCharacters.RULE));
				}
				walk(item, join(path, name), depth + 1, violations);
			});
		}
		else if (value instanceof Record record && isOurs(record.getClass())) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				walk(read(component, record), join(path, component.getName()), depth + 1, violations);
			}
		}
		else if (isOurs(value.getClass()) && !value.getClass().isEnum()) {
			for (var field : value.getClass().getDeclaredFields()) {
				if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.trySetAccessible()) {
					try {
						walk(field.get(value), join(path, field.getName()), depth + 1, violations);
					}
					catch (IllegalAccessException unreadable) {
						// not a field of the request's shape
					}
				}
			}
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			var accessor = component.getAccessor();
			accessor.trySetAccessible();
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException unreadable) {
			return null;
		}
	}

	private static boolean isOurs(Class<?> type) {
		return type.getName().startsWith("id.canting.");
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
