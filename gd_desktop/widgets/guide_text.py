"""The in-app guide, section by section: a title and a few paragraphs of HTML each.

Each section is one translated text, so a translator sees a whole paragraph at once.
"""

from __future__ import annotations

from PySide6 import QtCore

# The sections in reading order; panels link to them by these keys.
SECTIONS = ("story", "rate", "numbers", "rules", "schedules", "views", "data", "race", "try")


def section_title(key: str) -> str:
    titles = {
        "story": QtCore.QCoreApplication.translate("Guide", "The blog's story"),
        "rate": QtCore.QCoreApplication.translate("Guide", "Why the blog's rate is so small"),
        "numbers": QtCore.QCoreApplication.translate("Guide", "Why the SGD numbers differ"),
        "rules": QtCore.QCoreApplication.translate("Guide", "Update rules"),
        "schedules": QtCore.QCoreApplication.translate("Guide", "Learning-rate schedules"),
        "views": QtCore.QCoreApplication.translate("Guide", "The 3D and contour views"),
        "data": QtCore.QCoreApplication.translate("Guide", "Datasets"),
        "race": QtCore.QCoreApplication.translate("Guide", "Races"),
        "try": QtCore.QCoreApplication.translate("Guide", "Try this"),
    }
    return titles[key]


def section_body(key: str) -> str:
    bodies = {
        "story": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>The blog fits y = 2·x0 − 30·x1 on 100 rows of X = 12·randn(100, 2) with "
            "a linear model of two weights, w0 and w1, and the mean squared error (MSE) as "
            "the loss. It tries three ways of descending:</p>"
            "<ul><li><b>Batch gradient descent</b>: every update uses the gradient over all "
            "rows. The path is smooth and goes straight down the valley.</li>"
            "<li><b>Stochastic gradient descent (SGD)</b>: every update uses one random "
            "row. Updates are cheap but noisy, so the path jitters.</li>"
            "<li><b>Mini-batch descent</b>: every update uses a batch of rows (30 in the "
            "blog), between the two.</li></ul>"
            "<p>One pass over all rows is an <b>epoch</b>. The presets in the parameter panel "
            "reproduce the blog's three runs update for update.</p>",
        ),
        "rate": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>On a quadratic loss, batch gradient descent is stable only when the learning "
            "rate is below 2/λmax, where λmax is the largest eigenvalue of the Hessian (the "
            "curvature of the steepest direction). Above it every update overshoots further "
            "and the run <b>diverges</b>.</p>"
            "<p>On the blog's data 2/λmax ≈ 0.00647, about 320 times the blog's 2e-5. The "
            "rate is that small, so 500 updates stop short of w1 = −30: the run "
            "<b>converges</b>, but slowly. The Insight tab shows the limit for the data on "
            "screen and says how the current rate compares.</p>",
        ),
        "numbers": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>Two details make the app's numbers differ from the blog's printout, both "
            "on purpose:</p>"
            "<ul><li>The blog prints the MSE of the weights <i>before</i> an update next to "
            "the weights <i>after</i> it; the app pairs each weight with its own MSE.</li>"
            "<li>The blog reseeds only once, so its SGD and mini-batch loops run on fresh "
            "draws of X. The app runs all three methods on the same data, so they compare "
            "fairly.</li></ul>"
            "<p>The blog's SGD also multiplies a one-row gradient by 2/N, so its effective "
            "rate is lr/N; the <i>Blog's 2/N scaling</i> switch reproduces that.</p>",
        ),
        "rules": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>An update rule turns the gradient g into a step, in the forms PyTorch's "
            "torch.optim uses:</p>"
            "<ul><li><b>Gradient descent</b>: w ← w − lr·g.</li>"
            "<li><b>Momentum</b>: a velocity v ← β·v + g remembers past gradients; steps "
            "grow along a consistent direction and zig-zags cancel.</li>"
            "<li><b>Nesterov</b>: momentum with a look-ahead, which damps overshooting.</li>"
            "<li><b>AdaGrad</b>: divides each coordinate by the root of its summed squared "
            "gradients; steps keep shrinking.</li>"
            "<li><b>RMSProp</b>: like AdaGrad with a decaying average, so steps stay about "
            "lr.</li>"
            "<li><b>Adam</b>: momentum on g and RMSProp on g², bias-corrected.</li></ul>",
        ),
        "schedules": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>A schedule changes the learning rate with the update index k (k = 1 is the "
            "first update, which always uses the rate set): <b>constant</b>; <b>step "
            "decay</b> (times γ every S updates); <b>exponential</b> (times γ every "
            "update); <b>inverse time</b> (lr / (1 + d·(k − 1))); <b>cosine</b> (from lr "
            "down towards a fraction of it over the budget). The small plot in the panel "
            "shows the rate over the whole budget.</p>",
        ),
        "views": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>The <b>3D view</b> draws the loss over the two weights as a surface, with "
            "each run's path on it; drag to rotate, use the wheel to zoom. The "
            "<b>contour view</b> shows the same loss from above, as lines of equal loss, "
            "with the start and the optimum. Long, narrow ellipses mean a badly "
            "conditioned problem: descent zig-zags across the valley. Click either view "
            "to start every run from that point.</p>"
            "<p>The <b>MSE curve</b> shows the loss per update (log axis available), and the "
            "<b>data view</b> the data with the current fit. The <b>This update</b> tab "
            "writes out the last update in numbers.</p>",
        ),
        "data": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>The Dataset group offers the blog's generator, a line fit, small real "
            "datasets that ship with the app, and your own CSV file (File > Open data). "
            "The <b>Standardise</b> switch rescales each feature to mean 0 and standard "
            "deviation 1: on features of very different scales it turns a long, narrow "
            "valley into a round bowl, and the stable rate grows.</p>",
        ),
        "race": QtCore.QCoreApplication.translate(
            "Guide",
            "<p>The Race tab runs up to six runs on the same data in lockstep. <i>Add "
            "run</i> copies the selected run in a new colour; select a run to edit it in "
            "the parameter panel. The table shows each run's MSE, best MSE, the updates it "
            "needed to reach the target MSE and whether it finished or diverged.</p>",
        ),
        "try": QtCore.QCoreApplication.translate(
            "Guide",
            "<ol><li>Run the blog's batch preset, then set the rate to 0.006 and compare "
            "how far 500 updates get.</li>"
            "<li>Set the rate to 0.007, just above 2/λmax, and watch it diverge.</li>"
            "<li>Race > Batch vs SGD vs mini-batch: why is SGD's path so noisy?</li>"
            "<li>Pick the Engel sample with and without Standardise: look at the contours "
            "and the stable rate.</li>"
            "<li>Race > GD vs Momentum vs Adam on a badly conditioned valley.</li>"
            "<li>Give SGD a cosine schedule: does the noise near the optimum settle?</li>"
            "</ol>",
        ),
    }
    return bodies[key]
