"""Names, descriptions and update equations of the update rules and schedules."""

from __future__ import annotations

from PySide6 import QtCore


def rule_title(name: str) -> str:
    titles = {
        "gd": QtCore.QCoreApplication.translate("UpdateRules", "Gradient descent"),
        "momentum": QtCore.QCoreApplication.translate("UpdateRules", "Momentum"),
        "nesterov": QtCore.QCoreApplication.translate("UpdateRules", "Nesterov"),
        "adagrad": QtCore.QCoreApplication.translate("UpdateRules", "AdaGrad"),
        "rmsprop": QtCore.QCoreApplication.translate("UpdateRules", "RMSProp"),
        "adam": QtCore.QCoreApplication.translate("UpdateRules", "Adam"),
    }
    return titles.get(name, name)


def rule_description(name: str) -> str:
    """Two lines on what the rule does differently."""
    texts = {
        "gd": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "Steps straight down the gradient, by the learning rate times its length.\n"
            "Slow along shallow directions; diverges above 2/λmax.",
        ),
        "momentum": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "A heavy ball: the velocity keeps a decaying sum of past gradients,\n"
            "so steps grow along consistent directions and zig-zags cancel.",
        ),
        "nesterov": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "Momentum with a look-ahead: the step adds beta times the new velocity\n"
            "to the gradient, which damps overshooting.",
        ),
        "adagrad": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "Divides each coordinate by the root of its summed squared gradients:\n"
            "steep coordinates slow down first, and every step keeps shrinking.",
        ),
        "rmsprop": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "Like AdaGrad with a decaying average of squares, so the step size\n"
            "stays about lr per coordinate instead of shrinking for ever.",
        ),
        "adam": QtCore.QCoreApplication.translate(
            "UpdateRules",
            "Momentum on the gradient and RMSProp on its square, bias-corrected:\n"
            "each coordinate steps about lr, whatever the scale of its gradient.",
        ),
    }
    return texts.get(name, "")


def rule_equations(name: str, bias_correction: bool = True) -> str:
    """The update, in the form torch.optim uses (g is the batch gradient)."""
    if name == "gd":
        return "w ← w − lr·g"
    if name == "momentum":
        return "v ← β·v + g\nw ← w − lr·v"
    if name == "nesterov":
        return "v ← β·v + g\nw ← w − lr·(g + β·v)"
    if name == "adagrad":
        return "s ← s + g²\nw ← w − lr·g / (√s + ε)"
    if name == "rmsprop":
        return "s ← ρ·s + (1 − ρ)·g²\nw ← w − lr·g / (√s + ε)"
    if name == "adam":
        moments = "m ← β1·m + (1 − β1)·g\nv ← β2·v + (1 − β2)·g²\n"
        if bias_correction:
            return moments + "m̂ = m/(1 − β1ᵗ), v̂ = v/(1 − β2ᵗ)\nw ← w − lr·m̂ / (√v̂ + ε)"
        return moments + "w ← w − lr·m / (√v + ε)"
    return ""


def schedule_title(kind: str) -> str:
    titles = {
        "constant": QtCore.QCoreApplication.translate("UpdateRules", "Constant"),
        "step": QtCore.QCoreApplication.translate("UpdateRules", "Step decay"),
        "exponential": QtCore.QCoreApplication.translate("UpdateRules", "Exponential"),
        "inverse-time": QtCore.QCoreApplication.translate("UpdateRules", "Inverse time"),
        "cosine": QtCore.QCoreApplication.translate("UpdateRules", "Cosine"),
    }
    return titles.get(kind, kind)


def schedule_formula(kind: str) -> str:
    """The rate of update k (k = 1 first; T is the budget in updates)."""
    formulas = {
        "constant": "lr_k = lr",
        "step": "lr_k = lr·γ^⌊(k−1)/S⌋",
        "exponential": "lr_k = lr·γ^(k−1)",
        "inverse-time": "lr_k = lr / (1 + d·(k−1))",
        "cosine": "lr_k = lr·(m + (1−m)·(1 + cos(π(k−1)/T))/2)",
    }
    return formulas.get(kind, "")
