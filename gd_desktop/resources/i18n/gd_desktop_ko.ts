<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>RacePanel</source>
        <comment>full batch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RacePanel</source>
        <comment>SGD</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RacePanel</source>
        <comment>mini-batch {0}</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (y):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature x0:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature x1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first {0} of {1} numeric columns are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs at least two numeric columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target cannot also be a feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different feature columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContourView</name>
    <message>
        <source>Loss contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-data MSE seen from above: colour is log10(MSE), lines join equal MSE.
The path runs from the start (white) towards the optimum (star).
Click to start every run from that point. Drag to pan, wheel to zoom,
right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFlow</name>
    <message>
        <source>Open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate set to {0:g}, half the stable limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {0}: {1} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment not opened: reading its data was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data not loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- data not loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataImporter</name>
    <message>
        <source>Importing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data with the model at the current weights.
A line fit shows y against x and the fitted line; two features show
predicted against actual y, on the diagonal when the fit is perfect.
Drag to pan, wheel to zoom, right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (standardised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetGroup</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog generator: y = t0 x0 + t1 x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line fit: y = slope x + intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog generator: two features drawn as scale x randn(N, 2), the target a weighted sum. Line fit: one feature plus a constant 1, so w0 is the intercept and w1 the slope. CSV file: your own table (File &gt; Open data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose real data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small real datasets shipped with GD Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, the number of rows. The loss and its gradient cost the same at any N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the drawn features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True weight t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of x0 in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True weight t1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of x1 in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True t0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True t1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope of the line that made the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept of that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to the target. With noise the best fit no longer reaches MSE 0, and SGD hovers around the optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows (0 to 1) whose target is pushed up or down by the outlier size. Squared errors make a few outliers pull the whole fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far an outlier&apos;s target is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score each feature (mean 0, deviation 1). Features on different scales make a long, narrow valley; standardised, the valley becomes a round bowl, the optimum moves and the stable learning rate changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the run&apos;s random stream: the data are drawn first, then the batches. Seed 0 gives the blog&apos;s exact data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} ~ {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <source>Use a stable rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the learning rate to 0.9 x 2/lambda_max.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>Update equations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step once to see what an update computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blog scaling: the batch&apos;s sum is divided by all N = {0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: the sum over the batch rows gives g0 = {0}, g1 = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state after this update: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {0} · full batch: all N = {1} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {0} (epoch {1}) · {2}, n = {3}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows not kept for this update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {0} (of 0–{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {0}–{1} (of 0–{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {0}, … ({1} rows of 0–{2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows {0} (of 0–{1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterGroup</name>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size: w &lt;- w - lr * gradient. Accepts scientific notation (2e-5). Above 2/lambda_max batch descent diverges. Changes apply to the next update without a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 1e-7 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to run, in updates or in epochs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epoch is one pass over the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial w0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the descent starts: w0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial w1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the descent starts: w1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start w0, w1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is flat: any rate is stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog scaling: effective rate lr x n/N = {0:.3g}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the stable limit 2/λmax = {0:.3g} ({1:.3g}x): batch descent diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable limit 2/λmax = {0:.3g}; {1:.3g}x below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature is zero: any rate is stable and nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective rate {0} (learning rate {1} × n/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}x above the stable limit {2}: batch descent diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is at the stable limit {2}: the steepest direction bounces back and forth and barely settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: descent converges, but zig-zags across the valley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: descent converges steadily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: safe, but slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no intercept, standardising also changes the model: the best MSE is {0:.5g} raw and {1:.5g} standardised, since centred features cannot follow the mean of y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardising cannot help here: the features are collinear, so the valley stays flat however they are scaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) turns a long narrow valley into a rounder bowl; what narrowness remains comes from correlated features, which scaling cannot remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) turns a long narrow valley into a round bowl, so one learning rate suits every direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) changes little here: the valley is narrow because the features are correlated, not because of their scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) changes little here: the features already have similar scales, so the bowl is already nearly round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batch descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimum fits every row exactly (MSE ≈ 0), so every batch&apos;s gradient vanishes there: {0} at a constant rate can converge exactly, with no noise floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch holds all {0} rows, so each update follows the exact gradient: no noise floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optimum leaves residuals (MSE {0}), so a single batch&apos;s gradient does not vanish there: at a constant rate {1} never settles but hovers around the optimum, the closer the smaller the rate (a noise floor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every feature is zero: the MSE is the same for all weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features are collinear (or one is all zeros), so the valley has a flat floor: a whole line of weights reaches the minimum MSE and the optimum is not unique. Shown is the minimum-norm optimum; descent stops at the point of that line nearest its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum-norm optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (standardised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (an exact fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE at optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hessian eigenvalues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable batch rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition number {0} raw → {1} standardised (now {2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Update log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every update in the blog&apos;s format: update/total, weights and full-data MSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... {0} updates not shown ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-data MSE after each update (solid) and the MSE of the batch each
update used (faint). The marker shows the best full-data MSE so far.
Drag to pan, wheel to zoom, right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-data MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch MSE (selected run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} records to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open experiment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit your own table: choose a target and features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save experiment as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export records as CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the selected run, in a new colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;GD Desktop {0}&lt;/b&gt;&lt;p&gt;Gradient descent, made visible: watch the weights of a two-weight linear regression walk down the loss surface.&lt;/p&gt;&lt;p&gt;Space runs or pauses, Right (or N) steps one update, Shift+Right one epoch, R resets.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved settings could not be read; their defaults are used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run starts at w0 = {0:g}, w1 = {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the 3D surface by log10(MSE): the MSE spans many orders of magnitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log MSE axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the MSE curve on a logarithmic axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows at each run&apos;s current point in the contour view: white, the step
plain descent would take (-lr x full-data gradient); coloured, the update
the run actually made (momentum and adaptive rules differ from it).
All arrows share one scale, so their lengths compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} has a value of magnitude {1:.3g}; values up to {2:g} can be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows drawn have a value of magnitude {0:.3g}; values up to {1:g} can be fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested {0:,} levels deep; at most {1} levels are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of {0:,} digits; at most {1} digits are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} updates on {1:,} rows need about {2} (the records are kept in two processes), and {3} is free; shorten the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is UTF-16 text; save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be saved: JSON holds finite numbers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text (line {1} has a byte that is not UTF-8); save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text; save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {0} row: {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {0} rows: {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a text file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has only one row; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has only one row of data; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no numeric column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no column {1!r}; its columns are: {2}{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {0!r} of {1} is not numeric; numeric columns: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two feature columns, or one feature column and an intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: every row has a missing or non-numeric value in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: only 1 usable row; at least 2 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to load {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too large for the available memory: about {1:,} rows need about {2}, and {3} is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data source is {0!r}, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSV file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number within float range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {0}, got {1!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be in {0}, got {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of momentum, 2(1+beta)/lambda_max,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of Nesterov, 2(1+beta)/((1+2beta) lambda_max),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss grew without bound with {0} at learning rate {1:.6g}; try a smaller rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss grew without bound at learning rate {0:.6g}, {1:.3g} x the stable limit {2} = {3:.6g}; try a rate below {3:.6g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:,} updates exceeds the cap of {1:,} (every update is recorded; raise max_updates if you have the memory, about 72 bytes an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be less than {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {0} (line {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {0}, got {1!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {0} and {1}, got {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0, got {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0, got {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {0}, got {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be finite, got {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial weights must be finite, got {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 or null, got {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and the number of rows ({0}), got {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV source needs the file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV source needs the target column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV source needs a feature column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a second feature column, or set add_intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV source needs its dataset read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a run sharing data must have the same data and seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate would fall to 0 before update {0:,}; raise it or shorten the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset {0!r}; known: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of 1 to {0} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with a config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label must be text and color like #ff991a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 1 and {0} runs, got {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (run {1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated: y = {0:g} x0 + {1:g} x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line fit: y = {0:g} x + {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} ~ {2} ({3:,} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + noise (sigma {0:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + {0} outliers of size {1:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (features standardised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} x limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a {1}, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too large: {1:,} bytes, and at most {2:,} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {0}: {1}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file first (File &gt; Open data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine process stopped ({0}); press Reset to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine process did not answer; press Reset to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine process failed ({0}); press Reset to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing in the window&apos;s process: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine process was stuck (no sign of life for {0:g} s) and was stopped; press Reset to start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodGroup</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stochastic (SGD, one row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: every update uses all rows (smooth, costly per update). SGD: one row per update (cheap, noisy). Mini-batch: B rows per update, in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per mini-batch. An epoch is one pass over the data: ceil(N / B) updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffled each epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random, with replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order: rows as stored (the blog&apos;s mini-batches). Shuffled: a new permutation each epoch, every row once. With replacement: each batch drawn at random (the blog&apos;s SGD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the short last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop last batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When N is not a multiple of B the last batch is smaller. The blog keeps it; dropping it makes every update use B rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog scaling (2/N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog&apos;s SGD multiplies a one-row gradient by 2/N instead of 2, so its effective learning rate is lr / N. Off: the standard per-batch scaling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Blog: batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog: stochastic gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog: mini-batch gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackGroup</name>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates per second, from 1 to unlimited (far right). Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} /s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetGroup</name>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made experiments. The blog&apos;s three runs share one dataset (seed 0), so batch, stochastic and mini-batch descent compare fairly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>Ready-made race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made race...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a race that answers a question: replaces the runs below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected run in a new colour (up to {0}); then change its rule, batches or rate in the parameter panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected run from the race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MSE the &apos;To target&apos; column counts updates to. Empty: 1/1000 of the way from the start&apos;s MSE to the optimum&apos;s (above the optimum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to show the run in every view; its colour there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule, and the schedule if not constant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows each update uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate in effect at the last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-data MSE after the last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest full-data MSE so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates until the MSE reached the target MSE (set above; by default 1/1000 of the way from the start&apos;s MSE to the optimum&apos;s); — if not yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the weights to the optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, finished, or diverged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs race in lockstep on the same data: update k of every run is done before update k+1 of any. Select a run to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target MSE must be a number &gt;= 0, or empty (auto).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadoutPanel</name>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates done of the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the data (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current first weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current second weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-data MSE at the current weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest full-data MSE so far, and the update that reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To optimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euclidean distance from the current weights to the least-squares optimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, running, paused, finished or diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} @{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleGroup</name>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradient becomes a step. Every rule works with every batch scheme; the forms are those of PyTorch&apos;s torch.optim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much velocity is kept each update, in [0, 1). 0 is plain descent; 0.9 is usual. The step can grow to lr/(1-beta) times the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β (momentum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSProp rho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of the average of squared gradients, in [0, 1); 0.99 is PyTorch&apos;s default (its alpha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ρ (decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s average of gradients (its momentum), in [0, 1); 0.9 usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s average of squared gradients, in [0, 1); 0.999 usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added after the square root so a zero gradient does not divide by zero; must be &gt; 0. 1e-8 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam&apos;s averages start at 0, so early on they are too small; dividing by 1 - beta^t corrects that. Off: the first steps are much shorter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the descent at the playback speed; press again to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do one update and show what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the updates left in this epoch (one pass over the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the initial weights; the same seed gives the same run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleGroup</name>
    <message>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes with the update index k. The first update always uses the rate set above; the rate in effect is in every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates between two drops of a step decay (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every S updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is multiplied by gamma every S updates; in (0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ (factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential decay factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is multiplied by gamma every update; in (0, 1]. 0.99 halves it in about 69 updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ (per update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse-time decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr / (1 + d (k-1)): the rate halves after 1/d updates; d &gt;= 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d (decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cosine falls from lr towards m x lr at the end of the budget; m in [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m (floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate of every update over the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- new race of {0} runs: {1}; the log follows {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- new run: {0}; {1} updates; optimum w0 = {2:.7g}, w1 = {3:.7g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- diverged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- finished: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- {0} diverged: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: {0}. {1}: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- showing {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfacePlaceholder</name>
    <message>
        <source>Loss surface, 3D (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3D view unavailable: {reason}. The contour and loss views still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3D surface needs desktop OpenGL 2.1 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Loss surface, 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w0: {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w1: {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateRules</name>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps straight down the gradient, by the learning rate times its length.
Slow along shallow directions; diverges above 2/λmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heavy ball: the velocity keeps a decaying sum of past gradients,
so steps grow along consistent directions and zig-zags cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum with a look-ahead: the step adds beta times the new velocity
to the gradient, which damps overshooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides each coordinate by the root of its summed squared gradients:
steep coordinates slow down first, and every step keeps shrinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like AdaGrad with a decaying average of squares, so the step size
stays about lr per coordinate instead of shrinking for ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum on the gradient and RMSProp on its square, bias-corrected:
each coordinate steps about lr, whatever the scale of its gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverse time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
