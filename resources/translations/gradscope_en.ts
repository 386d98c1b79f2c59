<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AxesLock</name>
    <message>
        <source>&amp;Lock axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the axes where they are, e.g. to compare two lessons on the same scale. Reset axes fits the data again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: not enough memory for a %2 × %3 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PNG encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given for the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown figure format &quot;%2&quot;; allowed: .png, .svg, .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; allowed: %3 to %4 (0 = the current size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale = %1 is out of range; allowed: more than 0, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width × height × scale² = %1 pixels is too large; allowed: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no plot to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no window to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom = %1 is out of range; allowed: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::ActivationCurveView</name>
    <message>
        <source>max %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at z = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sup %1 = %2 as z → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for every z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for z &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for z &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sup %1 = %2 as z → 0⁻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f(z) and derivative f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1′(z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::BeforeWindowText</name>
    <message>
        <source>no display found: DISPLAY and WAYLAND_DISPLAY are not set. Start GradScope from a desktop session; for figures and training without a screen use gradscope-cli, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::ClassroomDocks</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which per-layer figure the colour shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::ClipIndicator</name>
    <message>
        <source>Gradient clipping: on how many of the steps so far it shortened the gradient, and the factor ‖clipped g‖/‖g‖ of the last step (×1 = untouched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipping: %1 of %2 steps (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last step ×%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::CompareChoice</name>
    <message>
        <source>residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::CompareView</name>
    <message>
        <source>run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every gradient is 0 (dead units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training step yet: press Play or Step
to train both networks on the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clip ‖g‖ ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, clip |g| ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::CompareWindow</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GradScope — compare two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both runs: the same %1 data points, batches of %2, seed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the two runs do not train on the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::ControlPanel</name>
    <message>
        <source>Number of hidden layers between the input and the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of units in every hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function f each hidden unit applies to its input z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α: the slope for z &lt; 0 (leaky ReLU) or the size of the negative branch (ELU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the starting weights are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the initial weights; larger values make gradients grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every unit a trainable offset b in z = Wx + b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each hidden layer&apos;s input to its output (a skip connection), which gives gradients a short path back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size of each update, on a logarithmic scale; applies at once without a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of samples averaged in each training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network is scored on; regression data allows only squared error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the random jitter added to the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting number of the random generator; the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplies the initial weights; larger values make gradients grow. Here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The toy problem the network learns, or your own points (File ▸ Open data…, or click on the decision map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes: arms of the spiral, blobs of the Gaussian data; more than two need softmax cross-entropy (one output per class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your points have %n classes (labels 0 to %1).</source>
        <translation>
            <numerusform>Your points have %n class (label 0).</numerusform>
            <numerusform>Your points have %n classes (labels 0 to %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::DataActions</name>
    <message>
        <source>Open &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on your own points: a CSV file of x1,x2,label rows (labels 0 to 7) or x,y rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points as CSV (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed. A data file has rows x1,x2,label (labels 0 to 7) or x,y, an optional header line, at most 100000 rows and 8 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n points</source>
        <translation>
            <numerusform>Opened %n point</numerusform>
            <numerusform>Opened %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no point to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Click on the map to add points; training restarts with the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run restarted from step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 0 with the new data; press Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::DiagnosticsDocks</name>
    <message>
        <source>mean of a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std of a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each step changes each layer&apos;s weights, relative to their size; far below 10⁻³ the layer hardly learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large each layer&apos;s gradient entries are, in powers of ten (the bars at 0, left of the dashed line: entries exactly 0); a layer far left of the output layer hardly learns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::ExplanationPanel</name>
    <message>
        <source>No lesson open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested: about %n training steps.</source>
        <translation>
            <numerusform>Suggested: about %n training step.</numerusform>
            <numerusform>Suggested: about %n training steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Open a lesson to see its explanation here.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;Lessons ▸ The sigmoid chain&lt;/b&gt; (lesson 1): one unit per layer, so the whole chain rule fits on one line and you can watch it shrink.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::FigureSizeDialog</name>
    <message>
        <source>Figure size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per unit: 2 makes a sharper image for print at the same layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page will be %1 × %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption under the figure:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::FileActions</name>
    <message>
        <source>Gradient bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient-flow heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no history to export yet; press Step or Play first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown figure format; allowed: .png, .svg, .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GradScope configuration (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::GradientBarsView</name>
    <message>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which gradient figure each bar shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bars on a logarithmic axis, so values many orders of magnitude apart stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient per layer (input → output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (input → output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly 0 (no gradient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gradient is exactly 0:
no layer can learn any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = 0 exactly: this layer gets no gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training step yet:
press Play (Space) or Step (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound ∏ max f′·‖W‖₂ × output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ′-only reference 0.25ᵏ × output,
weights ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean f′ = %1 (max f′ = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W‖₂ = %1 (largest singular value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W‖₂ not computed (layer too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A true upper bound: going down one layer the error signal δ is multiplied by that layer&apos;s slopes f′ (at most max f′) and by the weights above it (which stretch it by at most ‖W‖₂, their largest singular value). No bar can cross this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference, not a bound: each sigmoid layer multiplies the backward signal by its slope σ′ ≤ ¼, so k layers below the output this line is 0.25ᵏ × the output bar. It ignores the weights: where ‖W‖₂ &gt; 4 they lift a bar above it. Choose the measure RMS δ to see the true bound with the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the locked axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the locked axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the locked axis, which starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the locked axis, which ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::GradientHeatmapView</name>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log₁₀ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grey: exactly 0, no gradient (log₁₀ undefined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient per layer over the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::GradientHistogramView</name>
    <message>
        <source>share of the layer&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient histograms per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∂L/∂W| of an entry (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::GuiOptionsText</name>
    <message>
        <source>GradScope: watch gradients vanish (or not), layer by layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson or a configuration file (.json) to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to train for --screenshot (1 to 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot and --measure-stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train for SECONDS (default depth 100, width 64, batch 256, unless FILE is given), then print steps per second and the longest GUI-thread stall, and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one lesson or configuration file may be given, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps = %1 is not allowed; allowed: a whole number from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size = %1 is not allowed; allowed: WIDTHxHEIGHT, each 100 to 9999, e.g. 1280x800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure-stall = %1 is not allowed; allowed: seconds, more than 0 and at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot and --measure-stall cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train --steps steps, save a picture of the window to FILE (.png, or .svg/.pdf with the plots as vectors) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot = %1 is not allowed; allowed: a file ending in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pace for --measure-stall: steps per second (%1) or 0 for as fast as possible (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pace = %1 is not allowed; allowed: 0 (as fast as possible), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --measure-stall: record the whole window at 10 frames per second to FILE (.gif, .mp4, .webm, or a folder ending in / for PNGs) while measuring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record needs --measure-stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours for this run: light, dark or high_contrast (default: the one chosen in View ▸ Theme, which this does not change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme = %1 is not allowed; allowed: light, dark or high_contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::HelpMenuText</name>
    <message>
        <source>a BLAS library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used (Eigen&apos;s own matrix products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;GradScope %1&lt;/h2&gt;&lt;p&gt;See the vanishing gradient, layer by layer: a small neural network trains live while every layer&apos;s gradient is drawn on a log scale.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL 3.0 or later (QCustomPlot, which it uses, is GPL-3). Free to use, change and share, also in class and in lecture notes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Each lesson sets up a network, shows its explanation next to the plots and lists what the class should see. Open one from the &lt;b&gt;Lessons&lt;/b&gt; menu, drop its file on the window, or start &lt;code&gt;gradscope FILE.json&lt;/code&gt;. Then press &lt;b&gt;Play&lt;/b&gt; (Space) or &lt;b&gt;Step&lt;/b&gt; (S).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No lessons were found in %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The lesson files are in %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GradScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GradScope…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::KindNamesText</name>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (σ = scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform (± scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant (= scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean |∂L/∂W|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂b‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length (Frobenius norm) of the layer&apos;s weight gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average size of one weight&apos;s gradient in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of the layer&apos;s bias gradient (0 when the network has no bias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root-mean-square error signal δ = ∂L/∂z that reaches the layer&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average slope f′(z) of the layer&apos;s activation over its units and the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of ReLU-like units whose input z is ≤ 0 for the whole batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of units whose average slope f′(z) is below 1% of its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length (Frobenius norm) of the layer&apos;s weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖ΔW‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂L/∂W‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the last update changed the layer&apos;s weights, relative to their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the layer&apos;s weight gradient relative to the size of its weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the layer&apos;s outputs a over its units and the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviation of the layer&apos;s outputs a over its units and the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the activation&apos;s input (z, or n after normalisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviation of the activation&apos;s input (z, or n after normalisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gain multiplying the initialiser&apos;s spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-width a of U(−a, a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of every weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation for %1 was found; the window stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LayerActivationsEdit</name>
    <message>
        <source>all layers the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One activation per hidden layer, from the input: e.g. &quot;sigmoid, relu, -, tanh&quot;. &quot;-&quot; or a layer left out keeps the activation above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: &quot;%2&quot; is not an activation; allowed: %3, or - for the default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LayerAxis</name>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LayerSeriesView</name>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update-to-data ratio per layer over the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update / data ‖ΔW‖/‖W‖</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lessons found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GradScope lesson (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be read…</source>
        <translation>
            <numerusform>%n lesson file could not be read…</numerusform>
            <numerusform>%n lesson files could not be read…</numerusform>
        </translation>
    </message>
    <message>
        <source>These lesson files could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::LossCurveView</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, to see progress at small values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (mini-batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (mini-batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a moving average over the noisy mini-batch curves, the raw curves faint behind it (as TensorBoard does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing weight: 0.9 averages over about the last 10 steps, 0.99 over about 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::MainWindow</name>
    <message>
        <source>GradScope — see the vanishing gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly one mini-batch and show the result (S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from fresh random weights with the same settings (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare two networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train this network and one with another activation and init side by side (Ctrl+K).</source>
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
        <source>These settings cannot be used, so the previous run is kept:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused at step %1: the loss or a gradient became NaN or infinite, so the numbers can no longer be drawn. Try a lower learning rate (now %2), a smaller init scale, or another initialiser, then press Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file, so the current run is kept:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GradScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 — the lesson&apos;s steps are done; Space continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::NetworkDiagram</name>
    <message>
        <source>input x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1, unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead: z ≤ 0 for the whole batch, so no gradient passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated: mean f′(z) below 1% of its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: ‖∂L/∂W‖ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: ‖W‖ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill: mean activation (blue &gt; 0, orange &lt; 0); red ring: dead; hatch: saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band width: ‖∂L/∂W‖ per layer, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line width: |∂L/∂w|, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thickest %1, thinnest ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every one is exactly 0: all drawn thinnest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band width: ‖W‖ per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line width: |w| (largest %1); blue w &gt; 0, orange w &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1, unit %2 → %3
w = %4
∂L/∂w = %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::NetworkDiagramView</name>
    <message>
        <source>Links: |∂L/∂w|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: weight w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the width of a link shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: what reaches each weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Step or Play to see the network&apos;s gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PaceBox</name>
    <message>
        <source>as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps per second. Slow paces show every step; + and − change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PlotContextMenus</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset axes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PointEditor</name>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a point of class %1 at (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the point (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PreActivationView</name>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which layer&apos;s pre-activations to show (1 = next to the input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units × samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z), f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead and saturated units per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PredictionView</name>
    <message>
        <source>What the network learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(class 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click adds class %1 (keys 0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click adds a point (x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left click: add a point of the chosen class (keys 0–7 choose it)
Right click: add a point of class 1
Shift+click: remove the nearest point
Ctrl+Z: undo · Edit ▸ Clear points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: add the point (x, y)
Shift+click: remove the nearest point
Ctrl+Z: undo · Edit ▸ Clear points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fonts, thick lines, colour-blind-safe colours, settings hidden, full screen (F11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teaching panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In presentation mode on a small screen: show or hide the explanation and the other teaching panels (E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::PresenterKeys</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause (at a lesson&apos;s end: continue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: fresh weights, same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster / slower pace (steps per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode on / off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode; in the compare window: close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-through: next / previous layer (presenter remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the plots / show them again (presenter remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / save a configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the compare window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image, Export…, Reset axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode on a small screen: the teaching panels, again: the plots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::RecentFiles</name>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists, so it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::RecordController</name>
    <message>
        <source>● REC %1  %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording and write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the window or one plot as GIF, MP4, WebM or PNGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 frames to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::RecordDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension picks the format: .gif, .mp4 (H.264) or .webm (VP9); a folder ending in / gets numbered PNGs for beamer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::RemedyControls</name>
    <message>
        <source>Rescales every hidden layer&apos;s z to mean 0 and variance 1 (BatchNorm over the mini-batch, LayerNorm over the layer&apos;s units), so the gradient coming back is multiplied by γ/√(σ² + ε) at each layer instead of shrinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By global norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each update, shortens a gradient that is too long: by global norm scales all of it down to length C, by value cuts every entry to [−V, V].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipping threshold: the longest gradient allowed (C) or the largest entry allowed (V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds λ·W to the gradient of every weight matrix (not b, γ or β), which pulls the weights toward 0 at each update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decay λ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::RunCaptionText</name>
    <message>
        <source>%1, %2 × %3, %4, %5 lr %6 — step %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::TextFileText</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open for writing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a FIFO, socket or device); allowed: a regular file or a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is read-only; allowed: a writable file or a new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::WalkthroughPanel</name>
    <message>
        <source>◀ Previous layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next layer ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sample of the mini-batch the per-sample columns follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z⁽ˡ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖z⁽ˡ⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dJ/da⁽ˡ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖dJ/da⁽ˡ⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× w⁽ˡ⁺¹⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× f′(z⁽ˡ⁾)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean f′(z⁽ˡ⁾)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× a⁽ˡ⁻¹⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖a⁽ˡ⁻¹⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= ∂J/∂w⁽ˡ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂J/∂W⁽ˡ⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∏ f′  (≤ bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch Σ ∂J/∂w⁽ˡ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch ‖∂J/∂W⁽ˡ⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: the product of every factor from the output down to this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summed over the mini-batch: what the optimiser uses (core&apos;s dW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> +skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1 of %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The weights were updated after this backward pass; the numbers are approximate.) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit per layer: each row multiplies the running product δ by the weight above and by f′(z) of this layer; times a⁽ˡ⁻¹⁾ it is the weight&apos;s gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers are wider than one unit: the columns show vector norms (‖·‖) and the mean of f′; ‖δ‖ is the size of the running product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step to walk through yet: press Step (or Play with this panel open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= δ⁽ˡ⁾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖δ⁽ˡ⁾‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show z, dJ/da, the product of the slopes and the batch gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W⁽ˡ⁺¹⁾‖₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× γ/√(σ²+ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean γ/√(σ²+ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normalisation&apos;s factor γ/√(σ² + ε): it rescales the gradient on its way back (less the part the batch or layer shares), so δ is no longer only the product of w and f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer l, from the output (top row) down to layer 1 next to the input; +skip (⊕ when short): the layer has a residual skip connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s activation function f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W‖₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w⁽ˡ⁺¹⁾: the weight between this layer and the one above (— on the output row: there is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖W⁽ˡ⁺¹⁾‖₂, the largest singular value of the weights above: the most they can stretch δ on its way down (—: none above, or too many weights to compute it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z⁽ˡ⁾): the slope of this layer&apos;s activation at its pre-activation (at the normalised value when the layer is normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟨f′⟩: the mean over the layer&apos;s units of f′(z⁽ˡ⁾), the slope of the activation (at the normalised value when the layer is normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× γ/σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (⟨·⟩: the mean over the layer&apos;s units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖δ‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖δ⁽ˡ⁾‖: the size of δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾, the running product passed down to this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖a‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a⁽ˡ⁻¹⁾: this layer&apos;s input (the layer below&apos;s output; the sample at layer 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖a⁽ˡ⁻¹⁾‖: the size of this layer&apos;s input vector (the sample at layer 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= ∂J/∂w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂J/∂W‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂J/∂w⁽ˡ⁾ = δ⁽ˡ⁾ · a⁽ˡ⁻¹⁾: this sample&apos;s share of the weight&apos;s gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂J/∂W⁽ˡ⁾‖ = ‖δ⁽ˡ⁾‖ · ‖a⁽ˡ⁻¹⁾‖: the size of this sample&apos;s share of the weights&apos; gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z⁽ˡ⁾: this layer&apos;s pre-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖z⁽ˡ⁾‖: the size of this layer&apos;s pre-activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its size ‖·‖)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of f′ from the output down to this layer and, in brackets, the most it can be: the product of each activation&apos;s largest slope (0.25ᵏ for k sigmoid layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (of the means over the units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, the output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dJ/da⁽ˡ⁾: the gradient arriving from above, w⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾ (+ the skip path&apos;s in a residual layer; dJ/da⁽ᴸ⁾ on the output row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::media</name>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gs::media::Recorder</name>
    <message>
        <source>a recording is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
