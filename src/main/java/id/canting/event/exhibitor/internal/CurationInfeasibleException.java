package id.canting.event.exhibitor.internal;

import java.util.List;
import java.util.Map;

import id.canting.shared.RuleRefusedException;

/** No selection meets the constraints; each shortfall says which constraint and by how much (HTTP 422). */
public class CurationInfeasibleException extends RuleRefusedException {

	private final transient List<Shortfall> shortfalls;

	public CurationInfeasibleException(List<Shortfall> shortfalls) {
		super("exhibitor.curation.infeasible", shortfalls.size());
		this.shortfalls = List.copyOf(shortfalls);
	}

	public List<Shortfall> shortfalls() {
		return shortfalls;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("shortfalls", shortfalls);
	}
}
