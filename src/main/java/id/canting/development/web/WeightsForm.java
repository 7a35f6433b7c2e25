package id.canting.development.web;

import java.util.EnumMap;
import java.util.Map;

import id.canting.development.internal.ScorePart;
import id.canting.development.internal.ScoreWeights;

/** The admin's form for the development score's weights, one number per part. */
public class WeightsForm {

	private Map<ScorePart, Integer> weights = new EnumMap<>(ScorePart.class);

	static WeightsForm of(ScoreWeights current) {
		WeightsForm form = new WeightsForm();
		form.weights.putAll(current.weights());
		return form;
	}

	public Map<ScorePart, Integer> getWeights() {
		return weights;
	}

	public void setWeights(Map<ScorePart, Integer> weights) {
		this.weights = weights;
	}
}
