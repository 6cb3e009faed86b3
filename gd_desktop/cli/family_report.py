"""The summary ``gd-desktop run`` prints for a family other than least squares."""

from __future__ import annotations

from gd_desktop.core.critical import NEAR, nearest_point
from gd_desktop.core.family_run import FamilyRun
from gd_desktop.core.objective import MINIMUM, lowest_minimum

FAMILY_NAMES = {"logistic": "logistic regression", "neuron": "one neuron y = w1 tanh(w0 x)"}


def family_line(run: FamilyRun) -> str:
    config = run.config
    if config.model == "surface":
        noise = f", gradient noise sigma {config.grad_noise:g}" if config.grad_noise > 0 else ""
        return f"model: test surface {config.surface}{noise}"
    return f"model: {FAMILY_NAMES[config.model]}"


def landscape_lines(run: FamilyRun) -> list[str]:
    """The lowest known minimum, the critical points, where the run ended and the local
    curvature there."""
    objective = run.objective
    points = objective.critical_points()
    lowest = lowest_minimum(objective)
    lines = []
    if lowest is not None:
        o0, o1 = lowest.weights
        lines.append(f"lowest known minimum: w0 = {o0!r}, w1 = {o1!r}, loss = {lowest.loss:.6g}")
    elif getattr(objective, "separable", False):
        lines.append(
            "no finite optimum: the classes are linearly separable, so the loss tends to 0 "
            "as the weights grow without bound (that is not divergence)"
        )
    else:
        lines.append("lowest known minimum: - (none found)")
    plurals = {"minimum": "minima", "saddle": "saddles", "maximum": "maxima"}
    counts = {kind: sum(p.kind == kind for p in points) for kind in plurals}
    if points:
        lines.append(
            "critical points: "
            + ", ".join(
                f"{n} {kind if n == 1 else plurals[kind]}" for kind, n in counts.items() if n
            )
        )
        for p in points:
            lines.append(
                f"  {p.kind} at ({p.weights[0]:.6g}, {p.weights[1]:.6g}), loss {p.loss:.6g}, "
                f"Hessian eigenvalues {p.eigenvalues[0]:.4g}, {p.eigenvalues[1]:.4g}"
            )
    near = nearest_point(objective, run.weights)
    if near is not None and near[1] <= NEAR:
        point, distance = near
        which = ""
        if point.kind == MINIMUM:
            lowest_loss = lowest.loss if lowest is not None else point.loss
            tie = point.loss <= lowest_loss + 1e-9 * max(1.0, abs(lowest_loss))
            which = " (the lowest known)" if tie else " (not the lowest known)"
        lines.append(
            f"ended near: the {point.kind} at ({point.weights[0]:.6g}, {point.weights[1]:.6g})"
            f"{which}, {distance:.3g} away"
        )
    else:
        lines.append("ended near: no known critical point")
    low, high = run.local_curvature
    if high > 0:
        lines.append(
            f"local curvature at the final weights: lambda_max = {high:.6g}; plain descent is "
            f"stable here below 2/lambda_max = {2.0 / high:.6g} (where the landscape is not a "
            "bowl this limit changes as the weights move)"
        )
    else:
        lines.append(
            f"local curvature at the final weights: lambda_max = {high:.6g} <= 0: no local limit "
            "(the landscape curves down here in every direction)"
        )
    return lines
