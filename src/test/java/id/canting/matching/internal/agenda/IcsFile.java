package id.canting.matching.internal.agenda;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar file read as RFC 5545 says a reader must: every line ends in CRLF and is at most 75
 * octets, continuation lines (CRLF + one space) are unfolded, and each content line is split into its
 * name, parameters ({@code ;TZID=…}) and value. Components are kept by name: the VTIMEZONE and the
 * VEVENTs.
 */
public record IcsFile(List<String> lines, List<Component> components) {

	/** A component ({@code VEVENT}, {@code VTIMEZONE}, …) and its properties by name (the first of each). */
	public record Component(String name, Map<String, Property> properties) {

		public String value(String property) {
			Property p = properties.get(property);
			return p == null ? null : p.value();
		}
	}

	/** One content line: name, parameters and value. */
	public record Property(String name, Map<String, String> parameters, String value) {
	}

	public static IcsFile parse(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!text.endsWith("\r\n")) {
			throw new AssertionError("a calendar file ends with CRLF");
		}
		for (String physical : text.split("\r\n")) {
			if (physical.getBytes(StandardCharsets.UTF_8).length > 75) {
				throw new AssertionError("a line longer than 75 octets: " + physical);
			}
			if (physical.contains("\n") || physical.contains("\r")) {
				throw new AssertionError("a bare line break: " + physical);
			}
		}
		List<String> lines = List.of(text.replace("\r\n ", "").split("\r\n"));
		List<Component> components = new ArrayList<>();
		Component current = null;
		for (String line : lines) {
			Property p = property(line);
			if (p.name().equals("BEGIN") && !p.value().equals("VCALENDAR")) {
				current = new Component(p.value(), new LinkedHashMap<>());
				components.add(current);
			}
			else if (p.name().equals("END")) {
				current = null;
			}
			else if (current != null) {
				current.properties().putIfAbsent(p.name(), p);
			}
		}
		return new IcsFile(lines, components);
	}

	public List<Component> events() {
		return components.stream().filter(c -> c.name().equals("VEVENT")).toList();
	}

	public Component event(String uid) {
		return events().stream().filter(e -> uid.equals(e.value("UID"))).findFirst()
			.orElseThrow(() -> new AssertionError("no VEVENT with UID " + uid + " in " + lines));
	}

	private static Property property(String line) {
		int colon = line.indexOf(':');
		String head = line.substring(0, colon);
		String[] parts = head.split(";");
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			parameters.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
		}
		return new Property(parts[0], parameters, line.substring(colon + 1));
	}
}
