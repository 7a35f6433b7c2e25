package id.canting.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.canting.region.Regions;

/**
 * Finds a regency from what people type: its code ({@code 33.75}) or its name in any case, with
 * {@code KAB.}/{@code KAB}/{@code KABUPATEN} or {@code KOTA} ({@code Kota Pekalongan},
 * {@code Kab. Pekalongan}); a bare name is accepted when only one regency or city has it.
 */
@Component
public class RegencyNames {

	/** What the cell said could not be resolved. */
	public record Unresolved(String messageKey) {
	}

	private static final java.util.regex.Pattern CODE_AND_NAME = java.util.regex.Pattern
		.compile("(\\d{2}\\.\\d{2})\\s*[-\u2013\u2014:]?\\s*(\\p{L}.*)");

	private final Regions regions;
	/** Official name to code, and a name without KABUPATEN/KOTA to the codes carrying it; built once. */
	private volatile Map<String, List<String>> codesByName;

	RegencyNames(Regions regions) {
		this.regions = regions;
	}

	/** The regency code, or an {@link Unresolved} explaining why not. */
	public Object resolve(String text) {
		if (text.matches("\\d{2}\\.\\d{2}")) {
			return regions.regency(text).<Object>map(r -> r.code()).orElse(new Unresolved("import.regency.unknown"));
		}
		var codeAndName = CODE_AND_NAME.matcher(text.strip());
		if (codeAndName.matches()) {
			// the export's and the template's form, "33.26 Kabupaten Pekalongan": the code decides, and a
			// name that names another regency (a copied row edited by half) is an error, not a guess
			String code = codeAndName.group(1);
			var regency = regions.regency(code);
			if (regency.isEmpty()) {
				return new Unresolved("import.regency.unknown");
			}
			List<String> named = names().getOrDefault(normalise(codeAndName.group(2)), List.of());
			return named.contains(code) ? code : new Unresolved("import.regency.mismatch");
		}
		List<String> codes = names().getOrDefault(normalise(text), List.of());
		if (codes.size() == 1) {
			return codes.get(0);
		}
		return new Unresolved(codes.isEmpty() ? "import.regency.unknown" : "import.regency.ambiguous");
	}

	private Map<String, List<String>> names() {
		if (codesByName == null) {
			Map<String, List<String>> names = new HashMap<>();
			regions.provinces().stream().flatMap(p -> regions.regenciesOf(p.code()).stream()).forEach(r -> {
				String official = r.name().toUpperCase(Locale.ROOT);
				names.computeIfAbsent(official, n -> new ArrayList<>()).add(r.code());
				String bare = official.replaceFirst("^(KABUPATEN|KOTA) ", "");
				if (!bare.equals(official)) {
					names.computeIfAbsent(bare, n -> new ArrayList<>()).add(r.code());
				}
			});
			codesByName = names;
		}
		return codesByName;
	}

	static String normalise(String text) {
		String name = text.replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (name.startsWith("KAB. ")) {
			return "KABUPATEN " + name.substring(5);
		}
		if (name.startsWith("KAB.")) {
			return "KABUPATEN " + name.substring(4);
		}
		if (name.startsWith("KAB ")) {
			return "KABUPATEN " + name.substring(4);
		}
		return name;
	}
}
