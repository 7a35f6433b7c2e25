package id.canting.event.exhibitor.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.canting.region.Regions;

/** Province code → its name as people read it, for the exhibitor lists. */
@Component
class ProvinceNames {

	private final Regions regions;

	ProvinceNames(Regions regions) {
		this.regions = regions;
	}

	Map<String, String> all() {
		Map<String, String> names = new HashMap<>();
		regions.provinces().forEach(p -> names.put(p.code(), p.displayName()));
		return names;
	}
}
