<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: không ghi được tệp (%2)</translation>
    </message>
    <message>
        <source>%1: cannot open for writing (%2)</source>
        <translation>%1: không mở được để ghi (%2)</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 × %3 image</source>
        <translation>%1: không đủ bộ nhớ cho ảnh %2 × %3</translation>
    </message>
    <message>
        <source>%1: PNG encoding failed</source>
        <translation>%1: mã hoá PNG thất bại</translation>
    </message>
    <message>
        <source>%1: cannot start the SVG drawing</source>
        <translation>%1: không bắt đầu vẽ SVG được</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF drawing</source>
        <translation>%1: không bắt đầu vẽ PDF được</translation>
    </message>
    <message>
        <source>no file name given for the figure</source>
        <translation>chưa có tên tệp cho hình</translation>
    </message>
    <message>
        <source>%1: unknown figure format &quot;%2&quot;; allowed: .png, .svg, .pdf</source>
        <translation>%1: định dạng hình không biết &quot;%2&quot;; cho phép: .png, .svg, .pdf</translation>
    </message>
    <message>
        <source>%1 = %2 is out of range; allowed: %3 to %4 (0 = the current size)</source>
        <translation>%1 = %2 nằm ngoài khoảng cho phép: %3 đến %4 (0 = kích thước hiện tại)</translation>
    </message>
    <message>
        <source>scale = %1 is out of range; allowed: more than 0, at most %2</source>
        <translation>tỉ lệ = %1 nằm ngoài khoảng cho phép: lớn hơn 0, tối đa %2</translation>
    </message>
    <message>
        <source>width × height × scale² = %1 pixels is too large; allowed: at most %2</source>
        <translation>rộng × cao × tỉ lệ² = %1 điểm ảnh là quá lớn; cho phép: tối đa %2</translation>
    </message>
    <message>
        <source>%1: there is no plot to export</source>
        <translation>%1: không có biểu đồ để xuất</translation>
    </message>
    <message>
        <source>%1: there is no window to export</source>
        <translation>%1: không có cửa sổ để xuất</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>zoom = %1 is out of range; allowed: %2 to %3</source>
        <translation>zoom = %1 nằm ngoài phạm vi; cho phép: %2 đến %3</translation>
    </message>
</context>
<context>
    <name>gs::ActivationCurveView</name>
    <message>
        <source>max %1 = %2</source>
        <translation>max %1 = %2</translation>
    </message>
    <message>
        <source>%1 at z = %2</source>
        <translation>%1 tại z = %2</translation>
    </message>
    <message>
        <source>sup %1 = %2 as z → %3</source>
        <translation>sup %1 = %2 khi z → %3</translation>
    </message>
    <message>
        <source>%1 for every z</source>
        <translation>%1 với mọi z</translation>
    </message>
    <message>
        <source>%1 for z &gt; 0</source>
        <translation>%1 với z &gt; 0</translation>
    </message>
    <message>
        <source>%1 for z &lt; 0</source>
        <translation>%1 với z &lt; 0</translation>
    </message>
    <message>
        <source>sup %1 = %2 as z → 0⁻</source>
        <translation>sup %1 = %2 khi z → 0⁻</translation>
    </message>
    <message>
        <source>Activation f(z) and derivative f′(z)</source>
        <translation>Hàm kích hoạt f(z) và đạo hàm f′(z)</translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation>tiền kích hoạt z</translation>
    </message>
    <message>
        <source>%1(z)</source>
        <translation>%1(z)</translation>
    </message>
    <message>
        <source>%1′(z)</source>
        <translation>%1′(z)</translation>
    </message>
</context>
<context>
    <name>gs::BeforeWindowText</name>
    <message>
        <source>no display found: DISPLAY and WAYLAND_DISPLAY are not set. Start GradScope from a desktop session; for figures and training without a screen use gradscope-cli, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation>không tìm thấy màn hình: DISPLAY và WAYLAND_DISPLAY đều chưa được đặt. Hãy mở GradScope trong một phiên desktop; để huấn luyện và xuất hình khi không có màn hình, hãy dùng gradscope-cli, hoặc đặt QT_QPA_PLATFORM=offscreen cùng với --screenshot.</translation>
    </message>
</context>
<context>
    <name>gs::ClassroomDocks</name>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Walk-through</source>
        <translation>Từng bước</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>Tiền kích hoạt</translation>
    </message>
    <message>
        <source>Which per-layer figure the colour shows</source>
        <translation>Màu thể hiện đại lượng nào của mỗi lớp</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
</context>
<context>
    <name>gs::CompareView</name>
    <message>
        <source>run A</source>
        <translation>lần chạy A</translation>
    </message>
    <message>
        <source>run B</source>
        <translation>lần chạy B</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>lớp (1 = sát đầu vào)</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>mất mát (thang log)</translation>
    </message>
    <message>
        <source>, residual</source>
        <translation>, dư (residual)</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (thang log)</translation>
    </message>
    <message>
        <source>%1: every gradient is 0 (dead units)</source>
        <translation>%1: mọi gradient đều bằng 0 (nơ-ron chết)</translation>
    </message>
    <message>
        <source>No training step yet: press Play or Step
to train both networks on the same data.</source>
        <translation>Chưa có bước huấn luyện nào: nhấn Chạy hoặc Một bước
để huấn luyện cả hai mạng trên cùng dữ liệu.</translation>
    </message>
</context>
<context>
    <name>gs::CompareWindow</name>
    <message>
        <source>Play</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>GradScope — compare two networks</source>
        <translation>GradScope — so sánh hai mạng</translation>
    </message>
    <message>
        <source>These settings cannot be compared: %1</source>
        <translation>Không so sánh được với các thiết lập này: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>B: activation</source>
        <translation>B: hàm kích hoạt</translation>
    </message>
    <message>
        <source>init</source>
        <translation>khởi tạo</translation>
    </message>
    <message>
        <source>Both runs: the same %1 data points, batches of %2, seed %3.</source>
        <translation>Cả hai lần chạy: cùng %1 điểm dữ liệu, lô %2, hạt giống %3.</translation>
    </message>
    <message>
        <source>Warning: the two runs do not train on the same data.</source>
        <translation>Cảnh báo: hai lần chạy không huấn luyện trên cùng dữ liệu.</translation>
    </message>
</context>
<context>
    <name>gs::ControlPanel</name>
    <message>
        <source>Number of hidden layers between the input and the output.</source>
        <translation>Số lớp ẩn giữa đầu vào và đầu ra.</translation>
    </message>
    <message>
        <source>Number of units in every hidden layer.</source>
        <translation>Số nơ-ron trong mỗi lớp ẩn.</translation>
    </message>
    <message>
        <source>The function f each hidden unit applies to its input z.</source>
        <translation>Hàm f mà mỗi nơ-ron ẩn áp dụng lên đầu vào z của nó.</translation>
    </message>
    <message>
        <source>α: the slope for z &lt; 0 (leaky ReLU) or the size of the negative branch (ELU).</source>
        <translation>α: độ dốc khi z &lt; 0 (leaky ReLU) hoặc độ lớn của nhánh âm (ELU).</translation>
    </message>
    <message>
        <source>How the starting weights are drawn.</source>
        <translation>Cách chọn ngẫu nhiên trọng số ban đầu.</translation>
    </message>
    <message>
        <source>Multiplies the initial weights; larger values make gradients grow.</source>
        <translation>Nhân với trọng số ban đầu; giá trị lớn hơn làm gradient tăng.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Độ lệch</translation>
    </message>
    <message>
        <source>Give every unit a trainable offset b in z = Wx + b.</source>
        <translation>Cho mỗi nơ-ron một độ lệch b học được trong z = Wx + b.</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Kết nối tắt</translation>
    </message>
    <message>
        <source>Add each hidden layer&apos;s input to its output (a skip connection), which gives gradients a short path back.</source>
        <translation>Cộng đầu vào của mỗi lớp ẩn vào đầu ra của nó (kết nối tắt), cho gradient một đường quay về ngắn.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Độ sâu</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Độ rộng</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Hàm kích hoạt</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation>Khởi tạo</translation>
    </message>
    <message>
        <source>Init scale</source>
        <translation>Hệ số khởi tạo</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight updates.</source>
        <translation>Quy tắc biến gradient thành cập nhật trọng số.</translation>
    </message>
    <message>
        <source>Step size of each update, on a logarithmic scale; applies at once without a reset.</source>
        <translation>Bước nhảy của mỗi lần cập nhật, trên thang logarit; có hiệu lực ngay, không cần đặt lại.</translation>
    </message>
    <message>
        <source>Number of samples averaged in each training step.</source>
        <translation>Số mẫu được lấy trung bình trong mỗi bước huấn luyện.</translation>
    </message>
    <message>
        <source>What the network is scored on; regression data allows only squared error.</source>
        <translation>Mạng được chấm điểm theo gì; dữ liệu hồi quy chỉ cho phép sai số bình phương.</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Bộ tối ưu</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Cỡ lô</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>The toy problem the network learns.</source>
        <translation>Bài toán mẫu mà mạng học.</translation>
    </message>
    <message>
        <source>Standard deviation of the random jitter added to the data.</source>
        <translation>Độ lệch chuẩn của nhiễu ngẫu nhiên thêm vào dữ liệu.</translation>
    </message>
    <message>
        <source>Starting number of the random generator; the same seed gives the same run.</source>
        <translation>Số khởi đầu của bộ sinh ngẫu nhiên; cùng hạt giống cho cùng một lần chạy.</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Nhiễu</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Multiplies the initial weights; larger values make gradients grow. Here: %1.</source>
        <translation>Nhân với trọng số ban đầu; giá trị lớn hơn làm gradient tăng. Ở đây: %1.</translation>
    </message>
</context>
<context>
    <name>gs::ExplanationPanel</name>
    <message>
        <source>No lesson open</source>
        <translation>Chưa mở bài học nào</translation>
    </message>
    <message>
        <source>&lt;p&gt;Open a lesson to see its explanation here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mở một bài học để xem lời giải thích ở đây.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Cần quan sát gì</translation>
    </message>
    <message>
        <source>Try next</source>
        <translation>Thử tiếp</translation>
    </message>
    <message numerus="yes">
        <source>Suggested: about %n training steps.</source>
        <translation>
            <numerusform>Gợi ý: khoảng %n bước huấn luyện.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gs::FigureSizeDialog</name>
    <message>
        <source>Figure size</source>
        <translation>Kích thước hình</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Pixels per unit: 2 makes a sharper image for print at the same layout.</source>
        <translation>Số điểm ảnh mỗi đơn vị: 2 cho ảnh nét hơn để in, cùng bố cục.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>Chiều &amp;rộng:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Chiều &amp;cao:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Tỉ lệ:</translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>Ảnh sẽ có %1 × %2 điểm ảnh.</translation>
    </message>
    <message>
        <source>The page will be %1 × %2 points.</source>
        <translation>Trang sẽ có kích thước %1 × %2 point.</translation>
    </message>
</context>
<context>
    <name>gs::FileActions</name>
    <message>
        <source>Gradient bars</source>
        <translation>Cột gradient</translation>
    </message>
    <message>
        <source>Activation curve</source>
        <translation>Đường kích hoạt</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Đường mất mát</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <source>Gradient-flow heatmap</source>
        <translation>Bản đồ nhiệt dòng gradient</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>Biểu đồ tần suất tiền kích hoạt</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>&amp;Save configuration…</source>
        <translation>&amp;Lưu cấu hình…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation>Không mở được cấu hình</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Mở cấu hình…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Whole &amp;window…</source>
        <translation>Toàn bộ &amp;cửa sổ…</translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <translation>&amp;Lịch sử dạng CSV…</translation>
    </message>
    <message>
        <source>&amp;Configuration as JSON…</source>
        <translation>&amp;Cấu hình dạng JSON…</translation>
    </message>
    <message>
        <source>%1: there is no history to export yet; press Step or Play first.</source>
        <translation>%1: chưa có lịch sử để xuất; hãy bấm Một bước hoặc Chạy trước.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>%1: unknown figure format; allowed: .png, .svg, .pdf</source>
        <translation>%1: định dạng hình không biết; cho phép: .png, .svg, .pdf</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>Mở cấu hình</translation>
    </message>
    <message>
        <source>GradScope configuration (*.json)</source>
        <translation>Cấu hình GradScope (*.json)</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Lưu cấu hình</translation>
    </message>
    <message>
        <source>Cannot save configuration</source>
        <translation>Không lưu được cấu hình</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Hình vẽ SVG (*.svg);;Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the figure</source>
        <translation>Không xuất được hình</translation>
    </message>
    <message>
        <source>Export the window</source>
        <translation>Xuất cửa sổ</translation>
    </message>
    <message>
        <source>Cannot export the window</source>
        <translation>Không xuất được cửa sổ</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>Không xuất được lịch sử</translation>
    </message>
</context>
<context>
    <name>gs::GradientBarsView</name>
    <message>
        <source>output layer</source>
        <translation>lớp đầu ra</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>lớp ẩn %1</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Thang log</translation>
    </message>
    <message>
        <source>Choose which gradient figure each bar shows.</source>
        <translation>Chọn đại lượng gradient mà mỗi cột thể hiện.</translation>
    </message>
    <message>
        <source>Show the bars on a logarithmic axis, so values many orders of magnitude apart stay visible.</source>
        <translation>Vẽ các cột trên trục logarit để vẫn thấy được các giá trị chênh nhau nhiều bậc độ lớn.</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Đại lượng:</translation>
    </message>
    <message>
        <source>Gradient per layer (input → output)</source>
        <translation>Gradient theo lớp (đầu vào → đầu ra)</translation>
    </message>
    <message>
        <source>layer gradient</source>
        <translation>gradient của lớp</translation>
    </message>
    <message>
        <source>layer (input → output)</source>
        <translation>lớp (đầu vào → đầu ra)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = %6</source>
        <translation>%1 (%2, %3 → %4 nơ-ron)
%5 = %6</translation>
    </message>
    <message>
        <source>bound 0.25ᵏ × output (σ′ ≤ ¼)</source>
        <translation>cận 0.25ᵏ × đầu ra (σ′ ≤ ¼)</translation>
    </message>
    <message>
        <source>Each sigmoid layer multiplies the backward signal by its slope σ′ ≤ ¼, so k layers below the output a layer&apos;s gradient is at most about 0.25ᵏ × the output layer&apos;s (weights aside).</source>
        <translation>Mỗi lớp sigmoid nhân tín hiệu lan truyền ngược với độ dốc σ′ ≤ ¼ của nó, nên ở k lớp dưới đầu ra, gradient của một lớp nhiều nhất khoảng 0.25ᵏ × gradient của lớp đầu ra (chưa kể trọng số).</translation>
    </message>
    <message>
        <source>exactly 0 (no gradient)</source>
        <translation>đúng bằng 0 (không có gradient)</translation>
    </message>
    <message>
        <source>Every gradient is exactly 0:
no layer can learn any more.</source>
        <translation>Mọi gradient đều đúng bằng 0:
không lớp nào còn học được nữa.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = 0 exactly: this layer gets no gradient</source>
        <translation>%1 (%2, %3 → %4 nơ-ron)
%5 đúng bằng 0: lớp này không nhận được gradient</translation>
    </message>
    <message>
        <source>No training step yet:
press Play (Space) or Step (S).</source>
        <translation>Chưa có bước huấn luyện nào:
bấm Chạy (Space) hoặc Một bước (S).</translation>
    </message>
</context>
<context>
    <name>gs::GradientHeatmapView</name>
    <message>
        <source>training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <source>layer (1 = next to the input)</source>
        <translation>lớp (1 = sát đầu vào)</translation>
    </message>
    <message>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <source>grey: exactly 0, no gradient (log₁₀ undefined)</source>
        <translation>xám: đúng bằng 0, không có gradient (log₁₀ không xác định)</translation>
    </message>
</context>
<context>
    <name>gs::GuiOptionsText</name>
    <message>
        <source>GradScope: watch gradients vanish (or not), layer by layer.</source>
        <translation>GradScope: xem gradient biến mất (hay không), từng lớp một.</translation>
    </message>
    <message>
        <source>A lesson or a configuration file (.json) to start from.</source>
        <translation>Tệp bài học hoặc tệp cấu hình (.json) để bắt đầu.</translation>
    </message>
    <message>
        <source>Steps to train for --screenshot (1 to 10000000).</source>
        <translation>Số bước huấn luyện cho --screenshot (1 đến 10000000).</translation>
    </message>
    <message>
        <source>Window size for --screenshot and --measure-stall.</source>
        <translation>Kích thước cửa sổ cho --screenshot và --measure-stall.</translation>
    </message>
    <message>
        <source>Train for SECONDS (default depth 100, width 64, batch 256, unless FILE is given), then print steps per second and the longest GUI-thread stall, and quit.</source>
        <translation>Huấn luyện trong SECONDS giây (mặc định độ sâu 100, độ rộng 64, lô 256, trừ khi có FILE), rồi in số bước mỗi giây và lần treo dài nhất của luồng giao diện, rồi thoát.</translation>
    </message>
    <message>
        <source>only one lesson or configuration file may be given, got %1</source>
        <translation>chỉ được cho một tệp bài học hoặc cấu hình, nhận được %1</translation>
    </message>
    <message>
        <source>--steps = %1 is not allowed; allowed: a whole number from 1 to %2</source>
        <translation>--steps = %1 không hợp lệ; cho phép: số nguyên từ 1 đến %2</translation>
    </message>
    <message>
        <source>--size = %1 is not allowed; allowed: WIDTHxHEIGHT, each 100 to 9999, e.g. 1280x800</source>
        <translation>--size = %1 không hợp lệ; cho phép: RỘNGxCAO, mỗi số từ 100 đến 9999, ví dụ 1280x800</translation>
    </message>
    <message>
        <source>--measure-stall = %1 is not allowed; allowed: seconds, more than 0 and at most %2</source>
        <translation>--measure-stall = %1 không hợp lệ; cho phép: số giây, lớn hơn 0 và tối đa %2</translation>
    </message>
    <message>
        <source>--screenshot and --measure-stall cannot be used together</source>
        <translation>không dùng --screenshot và --measure-stall cùng lúc được</translation>
    </message>
    <message>
        <source>Train --steps steps, save a picture of the window to FILE (.png, or .svg/.pdf with the plots as vectors) and quit.</source>
        <translation>Huấn luyện --steps bước, lưu ảnh cửa sổ vào FILE (.png, hoặc .svg/.pdf với các đồ thị dạng vector) rồi thoát.</translation>
    </message>
    <message>
        <source>--screenshot = %1 is not allowed; allowed: a file ending in .png, .svg or .pdf</source>
        <translation>--screenshot = %1 không hợp lệ; cho phép: tệp có đuôi .png, .svg hoặc .pdf</translation>
    </message>
</context>
<context>
    <name>gs::HelpMenuText</name>
    <message>
        <source>a BLAS library</source>
        <translation>một thư viện BLAS</translation>
    </message>
    <message>
        <source>not used (Eigen&apos;s own matrix products)</source>
        <translation>không dùng (phép nhân ma trận của chính Eigen)</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (biên dịch với %2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;GradScope %1&lt;/h2&gt;&lt;p&gt;See the vanishing gradient, layer by layer: a small neural network trains live while every layer&apos;s gradient is drawn on a log scale.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL 3.0 or later (QCustomPlot, which it uses, is GPL-3). Free to use, change and share, also in class and in lecture notes.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;GradScope %1&lt;/h2&gt;&lt;p&gt;Xem gradient biến mất, từng lớp một: một mạng nơ-ron nhỏ được huấn luyện trực tiếp trong khi gradient của mỗi lớp được vẽ trên thang log.&lt;/p&gt;&lt;p&gt;Giấy phép: GNU GPL 3.0 trở lên (QCustomPlot, thư viện mà nó dùng, theo GPL-3). Được tự do dùng, sửa đổi và chia sẻ, kể cả trong lớp học và trong bài giảng.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Built with&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Được xây dựng với&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lessons&lt;/h2&gt;&lt;p&gt;Each lesson sets up a network, shows its explanation next to the plots and lists what the class should see. Open one from the &lt;b&gt;Lessons&lt;/b&gt; menu, drop its file on the window, or start &lt;code&gt;gradscope FILE.json&lt;/code&gt;. Then press &lt;b&gt;Play&lt;/b&gt; (Space) or &lt;b&gt;Step&lt;/b&gt; (S).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bài học&lt;/h2&gt;&lt;p&gt;Mỗi bài học dựng sẵn một mạng, hiện lời giải thích cạnh các biểu đồ và liệt kê những gì cả lớp cần thấy. Mở bài học từ menu &lt;b&gt;Bài học&lt;/b&gt;, thả tệp của nó vào cửa sổ, hoặc chạy &lt;code&gt;gradscope FILE.json&lt;/code&gt;. Sau đó bấm &lt;b&gt;Chạy&lt;/b&gt; (phím cách) hoặc &lt;b&gt;Một bước&lt;/b&gt; (S).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No lessons were found in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không tìm thấy bài học nào trong %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>thư mục dữ liệu</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lesson files are in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các tệp bài học nằm trong %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About GradScope</source>
        <translation>Giới thiệu GradScope</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Bài học…</translation>
    </message>
    <message>
        <source>&amp;About GradScope…</source>
        <translation>&amp;Giới thiệu GradScope…</translation>
    </message>
</context>
<context>
    <name>gs::KindNamesText</name>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot đều</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot chuẩn</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming đều</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming chuẩn</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun chuẩn</translation>
    </message>
    <message>
        <source>Normal (σ = scale)</source>
        <translation>Chuẩn (σ = hệ số)</translation>
    </message>
    <message>
        <source>Uniform (± scale)</source>
        <translation>Đều (± hệ số)</translation>
    </message>
    <message>
        <source>Constant (= scale)</source>
        <translation>Hằng số (= hệ số)</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD có quán tính</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Xoắn ốc</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>Trăng lưỡi liềm</translation>
    </message>
    <message>
        <source>Two Gaussian blobs</source>
        <translation>Hai cụm Gauss</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>Hình sin (hồi quy)</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Sai số bình phương trung bình</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropy chéo nhị phân</translation>
    </message>
    <message>
        <source>Softmax cross-entropy</source>
        <translation>Entropy chéo softmax</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖</source>
        <translation>‖∂L/∂W‖</translation>
    </message>
    <message>
        <source>mean |∂L/∂W|</source>
        <translation>trung bình |∂L/∂W|</translation>
    </message>
    <message>
        <source>‖∂L/∂b‖</source>
        <translation>‖∂L/∂b‖</translation>
    </message>
    <message>
        <source>RMS δ</source>
        <translation>RMS δ</translation>
    </message>
    <message>
        <source>mean f′(z)</source>
        <translation>f′(z) trung bình</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>nơ-ron chết</translation>
    </message>
    <message>
        <source>saturated units</source>
        <translation>nơ-ron bão hoà</translation>
    </message>
    <message>
        <source>‖W‖</source>
        <translation>‖W‖</translation>
    </message>
    <message>
        <source>The length (Frobenius norm) of the layer&apos;s weight gradient.</source>
        <translation>Độ dài (chuẩn Frobenius) của gradient trọng số của lớp.</translation>
    </message>
    <message>
        <source>The average size of one weight&apos;s gradient in the layer.</source>
        <translation>Độ lớn trung bình của gradient một trọng số trong lớp.</translation>
    </message>
    <message>
        <source>The length of the layer&apos;s bias gradient (0 when the network has no bias).</source>
        <translation>Độ dài gradient bias của lớp (bằng 0 khi mạng không có bias).</translation>
    </message>
    <message>
        <source>The root-mean-square error signal δ = ∂L/∂z that reaches the layer&apos;s units.</source>
        <translation>Căn trung bình bình phương của tín hiệu lỗi δ = ∂L/∂z đến các nơ-ron của lớp.</translation>
    </message>
    <message>
        <source>The average slope f′(z) of the layer&apos;s activation over its units and the batch.</source>
        <translation>Độ dốc trung bình f′(z) của hàm kích hoạt của lớp, trên mọi nơ-ron và cả batch.</translation>
    </message>
    <message>
        <source>The share of ReLU-like units whose input z is ≤ 0 for the whole batch.</source>
        <translation>Tỉ lệ nơ-ron kiểu ReLU có đầu vào z ≤ 0 với cả batch.</translation>
    </message>
    <message>
        <source>The share of units whose average slope f′(z) is below 1% of its maximum.</source>
        <translation>Tỉ lệ nơ-ron có độ dốc trung bình f′(z) dưới 1% giá trị lớn nhất của nó.</translation>
    </message>
    <message>
        <source>The length (Frobenius norm) of the layer&apos;s weights.</source>
        <translation>Độ dài (chuẩn Frobenius) của các trọng số của lớp.</translation>
    </message>
</context>
<context>
    <name>gs::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>GradScope could not restart itself; please start it again.</source>
        <translation>GradScope không tự khởi động lại được; hãy mở lại chương trình.</translation>
    </message>
    <message>
        <source>The lesson text is shown in the new language now. Menus, buttons and labels change when GradScope starts again.</source>
        <translation>Nội dung bài học đã hiển thị bằng ngôn ngữ mới. Menu, nút và nhãn sẽ đổi khi GradScope khởi động lại.</translation>
    </message>
</context>
<context>
    <name>gs::LayerAxis</name>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
</context>
<context>
    <name>gs::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Bài học</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>(no lessons found)</source>
        <translation>(không tìm thấy bài học)</translation>
    </message>
    <message>
        <source>Open lesson &amp;file…</source>
        <translation>Mở &amp;tệp bài học…</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Mở bài học</translation>
    </message>
    <message>
        <source>GradScope lesson (*.json)</source>
        <translation>Bài học GradScope (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be read…</source>
        <translation>
            <numerusform>%n tệp bài học không đọc được…</numerusform>
        </translation>
    </message>
    <message>
        <source>These lesson files could not be read:
%1</source>
        <translation>Không đọc được các tệp bài học sau:
%1</translation>
    </message>
    <message>
        <source>Lesson problems</source>
        <translation>Lỗi bài học</translation>
    </message>
</context>
<context>
    <name>gs::LossCurveView</name>
    <message>
        <source>Log scale</source>
        <translation>Thang log</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, to see progress at small values.</source>
        <translation>Vẽ mất mát trên trục logarit để thấy tiến triển ở các giá trị nhỏ.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Mất mát khi huấn luyện</translation>
    </message>
    <message>
        <source>loss (mini-batch)</source>
        <translation>mất mát (lô nhỏ)</translation>
    </message>
    <message>
        <source>accuracy (mini-batch)</source>
        <translation>độ chính xác (lô nhỏ)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>bước</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>độ chính xác</translation>
    </message>
</context>
<context>
    <name>gs::MainWindow</name>
    <message>
        <source>GradScope — see the vanishing gradient</source>
        <translation>GradScope — xem gradient biến mất</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Chạy</translation>
    </message>
    <message>
        <source>Start or pause training (Space).</source>
        <translation>Bắt đầu hoặc tạm dừng huấn luyện (phím cách).</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Một bước</translation>
    </message>
    <message>
        <source>Train exactly one mini-batch and show the result (S).</source>
        <translation>Huấn luyện đúng một lô nhỏ và hiện kết quả (S).</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Đặt &amp;lại</translation>
    </message>
    <message>
        <source>Start again from fresh random weights with the same settings (R).</source>
        <translation>Bắt đầu lại từ trọng số ngẫu nhiên mới với cùng thiết lập (R).</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Nhanh nhất</translation>
    </message>
    <message>
        <source>100 steps/frame</source>
        <translation>100 bước/khung hình</translation>
    </message>
    <message>
        <source>20 steps/frame</source>
        <translation>20 bước/khung hình</translation>
    </message>
    <message>
        <source>5 steps/frame</source>
        <translation>5 bước/khung hình</translation>
    </message>
    <message>
        <source>1 step/frame</source>
        <translation>1 bước/khung hình</translation>
    </message>
    <message>
        <source>How many training steps run between two screen refreshes.</source>
        <translation>Số bước huấn luyện chạy giữa hai lần vẽ lại màn hình.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Speed: </source>
        <translation>Tốc độ: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Mở cấu hình…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <source>&amp;Compare two networks…</source>
        <translation>&amp;So sánh hai mạng…</translation>
    </message>
    <message>
        <source>Train this network and one with another activation and init side by side (Ctrl+K).</source>
        <translation>Huấn luyện mạng này và một mạng khác hàm kích hoạt và khởi tạo, cạnh nhau (Ctrl+K).</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>These settings cannot be used, so the previous run is kept:
%1</source>
        <translation>Không dùng được các thiết lập này nên lần chạy trước được giữ lại:
%1</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 bước/giây</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>bước %1</translation>
    </message>
    <message>
        <source>loss %1</source>
        <translation>mất mát %1</translation>
    </message>
    <message>
        <source>accuracy %1%</source>
        <translation>độ chính xác %1%</translation>
    </message>
    <message>
        <source>step 0</source>
        <translation>bước 0</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>mất mát —</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Tạm dừng</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>đang tạm dừng</translation>
    </message>
    <message>
        <source>Training paused at step %1: the loss or a gradient became NaN or infinite, so the numbers can no longer be drawn. Try a lower learning rate (now %2), a smaller init scale, or another initialiser, then press Reset.</source>
        <translation>Huấn luyện tạm dừng ở bước %1: mất mát hoặc một gradient đã thành NaN hoặc vô cùng nên không vẽ được nữa. Hãy thử tốc độ học nhỏ hơn (hiện là %2), hệ số khởi tạo nhỏ hơn hoặc cách khởi tạo khác, rồi bấm Đặt lại.</translation>
    </message>
    <message>
        <source>Cannot open this file, so the current run is kept:
%1</source>
        <translation>Không mở được tệp này nên lần chạy hiện tại được giữ lại:
%1</translation>
    </message>
    <message>
        <source>GradScope — %1</source>
        <translation>GradScope — %1</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>Mở cấu hình</translation>
    </message>
    <message>
        <source>GradScope configuration (*.json)</source>
        <translation>Cấu hình GradScope (*.json)</translation>
    </message>
    <message>
        <source>Cannot open configuration</source>
        <translation>Không mở được cấu hình</translation>
    </message>
    <message>
        <source>Lesson&apos;s %1 steps reached — press Play to continue.</source>
        <translation>Đã đủ %1 bước của bài học — bấm Chạy để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>gs::PreActivationView</name>
    <message>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <source>Which layer&apos;s pre-activations to show (1 = next to the input)</source>
        <translation>Hiện tiền kích hoạt của lớp nào (1 = sát đầu vào)</translation>
    </message>
    <message>
        <source>units × samples</source>
        <translation>nơ-ron × mẫu</translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation>tiền kích hoạt z</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>f(z), f′(z)</source>
        <translation>f(z), f′(z)</translation>
    </message>
    <message>
        <source>dead %</source>
        <translation>% chết</translation>
    </message>
    <message>
        <source>saturated %</source>
        <translation>% bão hoà</translation>
    </message>
    <message>
        <source>Dead and saturated units per layer</source>
        <translation>Nơ-ron chết và bão hoà theo lớp</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>% of units</source>
        <translation>% nơ-ron</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <source>layer %1 (%2): dead %3 %, saturated %4 %</source>
        <translation>lớp %1 (%2): chết %3 %, bão hoà %4 %</translation>
    </message>
    <message>
        <source>f(z) = %1</source>
        <translation>f(z) = %1</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
</context>
<context>
    <name>gs::PredictionView</name>
    <message>
        <source>What the network learned</source>
        <translation>Điều mạng đã học được</translation>
    </message>
    <message>
        <source>P(class 1)</source>
        <translation>P(lớp 1)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>mạng</translation>
    </message>
    <message>
        <source>class 0</source>
        <translation>lớp 0</translation>
    </message>
    <message>
        <source>class 1</source>
        <translation>lớp 1</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>gs::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Chế độ &amp;trình chiếu</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, colour-blind-safe colours, settings hidden, full screen (F11).</source>
        <translation>Chữ lớn, nét đậm, màu an toàn cho người mù màu, ẩn cài đặt, toàn màn hình (F11).</translation>
    </message>
</context>
<context>
    <name>gs::RecentFiles</name>
    <message>
        <source>File not found</source>
        <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
        <source>%1 no longer exists, so it was removed from the recent files.</source>
        <translation>%1 không còn tồn tại nên đã bị xoá khỏi danh sách tệp gần đây.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xoá danh sách</translation>
    </message>
</context>
<context>
    <name>gs::TextFileText</name>
    <message>
        <source>%1: not a regular file (a FIFO, socket or device); allowed: a regular file or a new name.</source>
        <translation>%1: không phải tệp thường (FIFO, socket hay thiết bị); được phép: một tệp thường hoặc một tên mới.</translation>
    </message>
    <message>
        <source>%1: the file is read-only; allowed: a writable file or a new name.</source>
        <translation>%1: tệp chỉ đọc; được phép: một tệp ghi được hoặc một tên mới.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Chưa có tên tệp.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a file.</source>
        <translation>%1: đây là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>%1: cannot open for writing (%2).</source>
        <translation>%1: không mở được để ghi (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: không ghi được tệp (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the configuration (%2).</source>
        <translation>%1: không ghi được cấu hình (%2).</translation>
    </message>
</context>
<context>
    <name>gs::WalkthroughPanel</name>
    <message>
        <source>◀ Previous layer</source>
        <translation>◀ Lớp trước</translation>
    </message>
    <message>
        <source>Next layer ▶</source>
        <translation>Lớp sau ▶</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Which sample of the mini-batch the per-sample columns follow</source>
        <translation>Các cột theo từng mẫu đi theo mẫu nào của lô nhỏ</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Mẫu:</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>z⁽ˡ⁾</source>
        <translation>z⁽ˡ⁾</translation>
    </message>
    <message>
        <source>‖z⁽ˡ⁾‖</source>
        <translation>‖z⁽ˡ⁾‖</translation>
    </message>
    <message>
        <source>dJ/da⁽ˡ⁾</source>
        <translation>dJ/da⁽ˡ⁾</translation>
    </message>
    <message>
        <source>‖dJ/da⁽ˡ⁾‖</source>
        <translation>‖dJ/da⁽ˡ⁾‖</translation>
    </message>
    <message>
        <source>× w⁽ˡ⁺¹⁾</source>
        <translation>× w⁽ˡ⁺¹⁾</translation>
    </message>
    <message>
        <source>‖W⁽ˡ⁺¹⁾‖</source>
        <translation>‖W⁽ˡ⁺¹⁾‖</translation>
    </message>
    <message>
        <source>× f′(z⁽ˡ⁾)</source>
        <translation>× f′(z⁽ˡ⁾)</translation>
    </message>
    <message>
        <source>mean f′(z⁽ˡ⁾)</source>
        <translation>trung bình f′(z⁽ˡ⁾)</translation>
    </message>
    <message>
        <source>× a⁽ˡ⁻¹⁾</source>
        <translation>× a⁽ˡ⁻¹⁾</translation>
    </message>
    <message>
        <source>‖a⁽ˡ⁻¹⁾‖</source>
        <translation>‖a⁽ˡ⁻¹⁾‖</translation>
    </message>
    <message>
        <source>= ∂J/∂w⁽ˡ⁾</source>
        <translation>= ∂J/∂w⁽ˡ⁾</translation>
    </message>
    <message>
        <source>‖∂J/∂W⁽ˡ⁾‖</source>
        <translation>‖∂J/∂W⁽ˡ⁾‖</translation>
    </message>
    <message>
        <source>∏ f′  (≤ bound)</source>
        <translation>∏ f′  (≤ cận)</translation>
    </message>
    <message>
        <source>batch Σ ∂J/∂w⁽ˡ⁾</source>
        <translation>lô Σ ∂J/∂w⁽ˡ⁾</translation>
    </message>
    <message>
        <source>batch ‖∂J/∂W⁽ˡ⁾‖</source>
        <translation>lô ‖∂J/∂W⁽ˡ⁾‖</translation>
    </message>
    <message>
        <source>δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: the product of every factor from the output down to this layer</source>
        <translation>δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: tích của mọi thừa số từ đầu ra xuống đến lớp này</translation>
    </message>
    <message>
        <source>Summed over the mini-batch: what the optimiser uses (core&apos;s dW)</source>
        <translation>Tổng trên lô nhỏ: thứ bộ tối ưu dùng (dW của lõi)</translation>
    </message>
    <message>
        <source> (output)</source>
        <translation> (đầu ra)</translation>
    </message>
    <message>
        <source> +skip</source>
        <translation> +tắt</translation>
    </message>
    <message>
        <source>Sample %1 of %2. </source>
        <translation>Mẫu %1 trên %2. </translation>
    </message>
    <message>
        <source>(The weights were updated after this backward pass; the numbers are approximate.) </source>
        <translation>(Trọng số đã được cập nhật sau lượt lan truyền ngược này; các số chỉ gần đúng.) </translation>
    </message>
    <message>
        <source>One unit per layer: each row multiplies the running product δ by the weight above and by f′(z) of this layer; times a⁽ˡ⁻¹⁾ it is the weight&apos;s gradient.</source>
        <translation>Một nơ-ron mỗi lớp: mỗi hàng nhân tích dồn δ với trọng số phía trên và với f′(z) của lớp này; nhân thêm a⁽ˡ⁻¹⁾ là gradient của trọng số.</translation>
    </message>
    <message>
        <source>Layers are wider than one unit: the columns show vector norms (‖·‖) and the mean of f′; ‖δ‖ is the size of the running product.</source>
        <translation>Các lớp rộng hơn một nơ-ron: các cột cho chuẩn của vectơ (‖·‖) và trung bình của f′; ‖δ‖ là độ lớn của tích dồn.</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Đi từng bước</translation>
    </message>
    <message>
        <source>No step to walk through yet: press Step (or Play with this panel open).</source>
        <translation>Chưa có bước nào để xem từng lớp: hãy bấm Một bước (hoặc Chạy khi bảng này đang mở).</translation>
    </message>
    <message>
        <source>= δ⁽ˡ⁾</source>
        <translation>= δ⁽ˡ⁾</translation>
    </message>
    <message>
        <source>‖δ⁽ˡ⁾‖</source>
        <translation>‖δ⁽ˡ⁾‖</translation>
    </message>
</context>
</TS>
