package id.canting.programme.application;

/**
 * Whether a claimed machine was bought new or used. The machine-restructuring programme reimburses
 * new machines only; a used one is named so that the refusal can say why.
 */
public enum MachineCondition {
	NEW, USED
}
