package id.canting.development.internal;

import java.util.EnumMap;
import java.util.Map;

/** The weight of each part of the development score (0–100 each, at least one above zero). */
public record ScoreWeights(Map<ScorePart, Integer> weights) {

	public ScoreWeights {
		EnumMap<ScorePart, Integer> all = new EnumMap<>(ScorePart.class);
		for (ScorePart part : ScorePart.values()) {
			all.put(part, weights.getOrDefault(part, 0));
		}
		weights = Map.copyOf(all);
	}

	public int of(ScorePart part) {
		return weights.get(part);
	}

	public int total() {
		return weights.values().stream().mapToInt(Integer::intValue).sum();
	}
}
