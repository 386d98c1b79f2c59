<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AxesLock</name>
    <message>
        <source>&amp;Lock axes</source>
        <translation>&amp;Khóa trục</translation>
    </message>
    <message>
        <source>Keep the axes where they are, e.g. to compare two lessons on the same scale. Reset axes fits the data again.</source>
        <translation>Giữ nguyên các trục, ví dụ để so sánh hai bài học trên cùng thang đo. Đặt lại trục để khớp lại với dữ liệu.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
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
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
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
        <translation>Màu thể hiện đại lượng nào của mỗi tầng</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Màu:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
</context>
<context>
    <name>gs::ClipIndicator</name>
    <message>
        <source>Gradient clipping: on how many of the steps so far it shortened the gradient, and the factor ‖clipped g‖/‖g‖ of the last step (×1 = untouched).</source>
        <translation>Cắt gradient: trong số các bước đến giờ, bao nhiêu bước nó đã rút ngắn gradient, và hệ số ‖g đã cắt‖/‖g‖ của bước gần nhất (×1 = không thay đổi).</translation>
    </message>
    <message>
        <source>clipping: %1 of %2 steps (%3 %)</source>
        <translation>cắt gradient: %1 trên %2 bước (%3 %)</translation>
    </message>
    <message>
        <source> · last step ×%1</source>
        <translation> · bước gần nhất ×%1</translation>
    </message>
</context>
<context>
    <name>gs::CompareChoice</name>
    <message>
        <source>residual</source>
        <translation>kết nối tắt</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>hàm kích hoạt</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>init</source>
        <translation>khởi tạo</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>hệ số</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>bộ tối ưu</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tốc độ học</translation>
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
        <translation>tầng (1 = sát đầu vào)</translation>
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
        <translation>, kết nối tắt</translation>
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
    <message>
        <source>, clip ‖g‖ ≤ %1</source>
        <translation>, cắt ‖g‖ ≤ %1</translation>
    </message>
    <message>
        <source>, clip |g| ≤ %1</source>
        <translation>, cắt |g| ≤ %1</translation>
    </message>
    <message>
        <source>, decay %1</source>
        <translation>, suy giảm %1</translation>
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
        <source>Both runs: the same %1 data points, batches of %2, seed %3.</source>
        <translation>Cả hai lần chạy: cùng %1 điểm dữ liệu, lô %2, mầm ngẫu nhiên %3.</translation>
    </message>
    <message>
        <source>Warning: the two runs do not train on the same data.</source>
        <translation>Cảnh báo: hai lần chạy không huấn luyện trên cùng dữ liệu.</translation>
    </message>
    <message>
        <source>%1: step 0</source>
        <translation>%1: bước 0</translation>
    </message>
    <message>
        <source>%1: step %2, loss %3</source>
        <translation>%1: bước %2, mất mát %3</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
</context>
<context>
    <name>gs::ControlPanel</name>
    <message>
        <source>Number of hidden layers between the input and the output.</source>
        <translation>Số tầng ẩn giữa đầu vào và đầu ra.</translation>
    </message>
    <message>
        <source>Number of units in every hidden layer.</source>
        <translation>Số nơ-ron trong mỗi tầng ẩn.</translation>
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
        <translation>Hệ số điều chỉnh</translation>
    </message>
    <message>
        <source>Give every unit a trainable offset b in z = Wx + b.</source>
        <translation>Cho mỗi nơ-ron một hệ số điều chỉnh b học được trong z = Wx + b.</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Kết nối tắt</translation>
    </message>
    <message>
        <source>Add each hidden layer&apos;s input to its output (a skip connection), which gives gradients a short path back.</source>
        <translation>Cộng đầu vào của mỗi tầng ẩn vào đầu ra của nó (kết nối tắt), cho gradient một đường quay về ngắn.</translation>
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
        <source>Standard deviation of the random jitter added to the data.</source>
        <translation>Độ lệch chuẩn của nhiễu ngẫu nhiên thêm vào dữ liệu.</translation>
    </message>
    <message>
        <source>Starting number of the random generator; the same seed gives the same run.</source>
        <translation>Số khởi đầu của bộ sinh ngẫu nhiên; cùng mầm ngẫu nhiên cho cùng một lần chạy.</translation>
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
        <translation>Mầm ngẫu nhiên</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Multiplies the initial weights; larger values make gradients grow. Here: %1.</source>
        <translation>Nhân với trọng số ban đầu; giá trị lớn hơn làm gradient tăng. Ở đây: %1.</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>Theo từng tầng</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>The toy problem the network learns, or your own points (File ▸ Open data…, or click on the decision map).</source>
        <translation>Bài toán mẫu mà mạng học, hoặc các điểm của bạn (Tệp ▸ Mở dữ liệu…, hoặc nhấp lên bản đồ quyết định).</translation>
    </message>
    <message>
        <source>Number of classes: arms of the spiral, blobs of the Gaussian data; more than two need softmax cross-entropy (one output per class).</source>
        <translation>Số lớp: số nhánh của xoắn ốc, số cụm của dữ liệu Gauss; hơn hai lớp cần hàm mất mát entropy chéo softmax (mỗi lớp một đầu ra).</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message numerus="yes">
        <source>Your points have %n classes (labels 0 to %1).</source>
        <translation>
            <numerusform>Các điểm của bạn có %n lớp (nhãn từ 0 đến %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your points</source>
        <translation>Điểm của bạn</translation>
    </message>
</context>
<context>
    <name>gs::DataActions</name>
    <message>
        <source>Open &amp;data…</source>
        <translation>Mở &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Clear points</source>
        <translation>&amp;Xoá các điểm</translation>
    </message>
    <message>
        <source>Train on your own points: a CSV file of x1,x2,label rows (labels 0 to 7) or x,y rows</source>
        <translation>Huấn luyện trên các điểm của bạn: tệp CSV gồm các dòng x1,x2,nhãn (nhãn từ 0 đến 7) hoặc x,y</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Mở dữ liệu</translation>
    </message>
    <message>
        <source>Points as CSV (*.csv *.txt)</source>
        <translation>Điểm dạng CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot open data</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. A data file has rows x1,x2,label (labels 0 to 7) or x,y, an optional header line, at most 100000 rows and 8 MiB.</source>
        <translation>%1

Không có gì thay đổi. Tệp dữ liệu gồm các dòng x1,x2,nhãn (nhãn từ 0 đến 7) hoặc x,y, có thể có một dòng tiêu đề, tối đa 100000 dòng và 8 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n points</source>
        <translation>
            <numerusform>Đã mở %n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no point to remove.</source>
        <translation>Không có điểm nào để xoá.</translation>
    </message>
    <message>
        <source>%1. Click on the map to add points; training restarts with the first one.</source>
        <translation>%1. Nhấp lên bản đồ để thêm điểm; huấn luyện bắt đầu lại từ điểm đầu tiên.</translation>
    </message>
    <message>
        <source>the run restarted from step 0</source>
        <translation>lượt chạy bắt đầu lại từ bước 0</translation>
    </message>
    <message>
        <source>step 0 with the new data; press Play</source>
        <translation>bước 0 với dữ liệu mới; nhấn Chạy</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in data set</source>
        <translation>tập dữ liệu có sẵn</translation>
    </message>
    <message>
        <source>%1 — %2 on %3.</source>
        <translation>%1 — %2 trên %3.</translation>
    </message>
</context>
<context>
    <name>gs::DiagnosticsDocks</name>
    <message>
        <source>mean of a</source>
        <translation>trung bình của a</translation>
    </message>
    <message>
        <source>std of a</source>
        <translation>độ lệch chuẩn của a</translation>
    </message>
    <message>
        <source>How much each step changes each layer&apos;s weights, relative to their size; far below 10⁻³ the layer hardly learns.</source>
        <translation>Mỗi bước làm trọng số của mỗi tầng thay đổi bao nhiêu so với độ lớn của chúng; khi thấp hơn nhiều so với 10⁻³, tầng đó hầu như không học.</translation>
    </message>
    <message>
        <source>Update ratios</source>
        <translation>Tỉ số cập nhật</translation>
    </message>
    <message>
        <source>Gradient histograms</source>
        <translation>Biểu đồ tần suất gradient</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Giá trị kích hoạt</translation>
    </message>
    <message>
        <source>How large each layer&apos;s gradient entries are, in powers of ten (the bars at 0, left of the dashed line: entries exactly 0); a layer far left of the output layer hardly learns.</source>
        <translation>Độ lớn các phần tử gradient của mỗi tầng, theo lũy thừa của mười (các cột ở 0, bên trái đường nét đứt: phần tử đúng bằng 0); tầng nào nằm xa về bên trái so với tầng đầu ra thì hầu như không học.</translation>
    </message>
</context>
<context>
    <name>gs::ExplanationPanel</name>
    <message>
        <source>No lesson open</source>
        <translation>Chưa mở bài học nào</translation>
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
    <message>
        <source>&lt;p&gt;Open a lesson to see its explanation here.&lt;/p&gt;&lt;p&gt;Start with &lt;b&gt;Lessons ▸ The sigmoid chain&lt;/b&gt; (lesson 1): one unit per layer, so the whole chain rule fits on one line and you can watch it shrink.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mở một bài học để xem phần giải thích ở đây.&lt;/p&gt;&lt;p&gt;Hãy bắt đầu với &lt;b&gt;Bài học ▸ Chuỗi sigmoid&lt;/b&gt; (bài 1): mỗi tầng một nơ-ron, nên cả quy tắc dây chuyền nằm trên một dòng và bạn có thể nhìn nó nhỏ dần.&lt;/p&gt;</translation>
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
    <message>
        <source>&amp;Caption under the figure:</source>
        <translation>&amp;Chú thích dưới hình:</translation>
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
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
</context>
<context>
    <name>gs::GradientBarsView</name>
    <message>
        <source>output layer</source>
        <translation>tầng đầu ra</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>tầng ẩn %1</translation>
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
        <translation>Gradient theo tầng (đầu vào → đầu ra)</translation>
    </message>
    <message>
        <source>layer gradient</source>
        <translation>gradient của tầng</translation>
    </message>
    <message>
        <source>layer (input → output)</source>
        <translation>tầng (đầu vào → đầu ra)</translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = %6</source>
        <translation>%1 (%2, %3 → %4 nơ-ron)
%5 = %6</translation>
    </message>
    <message>
        <source>exactly 0 (no gradient)</source>
        <translation>đúng bằng 0 (không có gradient)</translation>
    </message>
    <message>
        <source>Every gradient is exactly 0:
no layer can learn any more.</source>
        <translation>Mọi gradient đều đúng bằng 0:
không tầng nào còn học được nữa.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 → %4 units)
%5 = 0 exactly: this layer gets no gradient</source>
        <translation>%1 (%2, %3 → %4 nơ-ron)
%5 đúng bằng 0: tầng này không nhận được gradient</translation>
    </message>
    <message>
        <source>No training step yet:
press Play (Space) or Step (S).</source>
        <translation>Chưa có bước huấn luyện nào:
bấm Chạy (Space) hoặc Một bước (S).</translation>
    </message>
    <message>
        <source>bound ∏ max f′·‖W‖₂ × output</source>
        <translation>cận trên ∏ max f′·‖W‖₂ × đầu ra</translation>
    </message>
    <message>
        <source>σ′-only reference 0.25ᵏ × output,
weights ignored</source>
        <translation>mốc chỉ theo σ′: 0.25ᵏ × đầu ra,
bỏ qua trọng số</translation>
    </message>
    <message>
        <source>mean f′ = %1 (max f′ = %2)</source>
        <translation>f′ trung bình = %1 (max f′ = %2)</translation>
    </message>
    <message>
        <source>‖W‖₂ = %1 (largest singular value)</source>
        <translation>‖W‖₂ = %1 (giá trị kỳ dị lớn nhất)</translation>
    </message>
    <message>
        <source>‖W‖₂ not computed (layer too large)</source>
        <translation>‖W‖₂ không được tính (tầng quá lớn)</translation>
    </message>
    <message>
        <source>A true upper bound: going down one layer the error signal δ is multiplied by that layer&apos;s slopes f′ (at most max f′) and by the weights above it (which stretch it by at most ‖W‖₂, their largest singular value). No bar can cross this line.</source>
        <translation>Một cận trên thật sự: khi xuống một tầng, tín hiệu lỗi δ được nhân với độ dốc f′ của tầng đó (không quá max f′) và với các trọng số phía trên (chúng kéo giãn δ không quá ‖W‖₂, giá trị kỳ dị lớn nhất). Không cột nào có thể vượt qua đường này.</translation>
    </message>
    <message>
        <source>A reference, not a bound: each sigmoid layer multiplies the backward signal by its slope σ′ ≤ ¼, so k layers below the output this line is 0.25ᵏ × the output bar. It ignores the weights: where ‖W‖₂ &gt; 4 they lift a bar above it. Choose the measure RMS δ to see the true bound with the weights.</source>
        <translation>Một mốc so sánh, không phải cận trên: mỗi tầng sigmoid nhân tín hiệu lan truyền ngược với độ dốc σ′ ≤ ¼, nên ở k tầng dưới tầng đầu ra đường này bằng 0.25ᵏ × cột của tầng đầu ra. Nó bỏ qua trọng số: nơi ‖W‖₂ &gt; 4, trọng số đẩy cột lên trên đường. Chọn số đo RMS δ để xem cận trên thật sự có tính trọng số.</translation>
    </message>
    <message>
        <source>below the locked axis</source>
        <translation>thấp hơn trục đã khóa</translation>
    </message>
    <message>
        <source>above the locked axis</source>
        <translation>cao hơn trục đã khóa</translation>
    </message>
    <message>
        <source>below the locked axis, which starts at %1</source>
        <translation>thấp hơn trục đã khóa (trục bắt đầu từ %1)</translation>
    </message>
    <message>
        <source>above the locked axis, which ends at %1</source>
        <translation>cao hơn trục đã khóa (trục kết thúc ở %1)</translation>
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
        <translation>tầng (1 = sát đầu vào)</translation>
    </message>
    <message>
        <source>log₁₀ %1</source>
        <translation>log₁₀ %1</translation>
    </message>
    <message>
        <source>grey: exactly 0, no gradient (log₁₀ undefined)</source>
        <translation>xám: đúng bằng 0, không có gradient (log₁₀ không xác định)</translation>
    </message>
    <message>
        <source>Gradient per layer over the run</source>
        <translation>Gradient theo tầng trong cả quá trình huấn luyện</translation>
    </message>
</context>
<context>
    <name>gs::GradientHistogramView</name>
    <message>
        <source>share of the layer&apos;s entries</source>
        <translation>tỉ lệ trong các phần tử của tầng</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>tầng</translation>
    </message>
    <message>
        <source>Gradient histograms per layer</source>
        <translation>Biểu đồ tần suất gradient theo tầng</translation>
    </message>
    <message>
        <source>|∂L/∂W| of an entry (log scale)</source>
        <translation>|∂L/∂W| của một phần tử (thang log)</translation>
    </message>
</context>
<context>
    <name>gs::GuiOptionsText</name>
    <message>
        <source>GradScope: watch gradients vanish (or not), layer by layer.</source>
        <translation>GradScope: xem gradient tiêu biến (hay không), từng tầng một.</translation>
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
    <message>
        <source>Training pace for --measure-stall: steps per second (%1) or 0 for as fast as possible (the default).</source>
        <translation>Nhịp huấn luyện cho --measure-stall: số bước mỗi giây (%1) hoặc 0 để chạy nhanh nhất có thể (mặc định).</translation>
    </message>
    <message>
        <source>--pace = %1 is not allowed; allowed: 0 (as fast as possible), %2</source>
        <translation>--pace = %1 không hợp lệ; được phép: 0 (nhanh nhất có thể), %2</translation>
    </message>
    <message>
        <source>With --measure-stall: record the whole window at 10 frames per second to FILE (.gif, .mp4, .webm, or a folder ending in / for PNGs) while measuring.</source>
        <translation>Với --measure-stall: trong khi đo, ghi hình toàn bộ cửa sổ ở 10 khung hình mỗi giây vào FILE (.gif, .mp4, .webm, hoặc một thư mục kết thúc bằng / để lưu các ảnh PNG).</translation>
    </message>
    <message>
        <source>--record needs --measure-stall</source>
        <translation>--record cần có --measure-stall</translation>
    </message>
    <message>
        <source>Colours for this run: light, dark or high_contrast (default: the one chosen in View ▸ Theme, which this does not change).</source>
        <translation>Màu cho lần chạy này: light (sáng), dark (tối) hoặc high_contrast (tương phản cao) (mặc định: giao diện đã chọn trong Xem ▸ Giao diện, tuỳ chọn này không thay đổi nó).</translation>
    </message>
    <message>
        <source>--theme = %1 is not allowed; allowed: light, dark or high_contrast</source>
        <translation>--theme = %1 không hợp lệ; cho phép: light, dark hoặc high_contrast</translation>
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
        <translation>&lt;h2&gt;GradScope %1&lt;/h2&gt;&lt;p&gt;Xem hiện tượng tiêu biến gradient, từng tầng một: một mạng nơ-ron nhỏ được huấn luyện trực tiếp trong khi gradient của mỗi tầng được vẽ trên thang log.&lt;/p&gt;&lt;p&gt;Giấy phép: GNU GPL 3.0 trở lên (QCustomPlot, thư viện mà nó dùng, theo GPL-3). Được tự do dùng, sửa đổi và chia sẻ, kể cả trong lớp học và trong bài giảng.&lt;/p&gt;</translation>
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
        <source>Gaussian blobs</source>
        <translation>Các cụm Gauss</translation>
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
        <source>linear</source>
        <translation>tuyến tính</translation>
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
        <translation>Độ dài (chuẩn Frobenius) của gradient trọng số của tầng.</translation>
    </message>
    <message>
        <source>The average size of one weight&apos;s gradient in the layer.</source>
        <translation>Độ lớn trung bình của gradient một trọng số trong tầng.</translation>
    </message>
    <message>
        <source>The length of the layer&apos;s bias gradient (0 when the network has no bias).</source>
        <translation>Độ dài gradient theo hệ số điều chỉnh b của tầng (bằng 0 khi mạng không có hệ số điều chỉnh).</translation>
    </message>
    <message>
        <source>The root-mean-square error signal δ = ∂L/∂z that reaches the layer&apos;s units.</source>
        <translation>Căn trung bình bình phương của tín hiệu lỗi δ = ∂L/∂z đến các nơ-ron của tầng.</translation>
    </message>
    <message>
        <source>The average slope f′(z) of the layer&apos;s activation over its units and the batch.</source>
        <translation>Độ dốc trung bình f′(z) của hàm kích hoạt của tầng, trên mọi nơ-ron và cả lô.</translation>
    </message>
    <message>
        <source>The share of ReLU-like units whose input z is ≤ 0 for the whole batch.</source>
        <translation>Tỉ lệ nơ-ron kiểu ReLU có đầu vào z ≤ 0 với cả lô.</translation>
    </message>
    <message>
        <source>The share of units whose average slope f′(z) is below 1% of its maximum.</source>
        <translation>Tỉ lệ nơ-ron có độ dốc trung bình f′(z) dưới 1% giá trị lớn nhất của nó.</translation>
    </message>
    <message>
        <source>The length (Frobenius norm) of the layer&apos;s weights.</source>
        <translation>Độ dài (chuẩn Frobenius) của các trọng số của tầng.</translation>
    </message>
    <message>
        <source>‖ΔW‖/‖W‖</source>
        <translation>‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <source>‖∂L/∂W‖/‖W‖</source>
        <translation>‖∂L/∂W‖/‖W‖</translation>
    </message>
    <message>
        <source>mean activation</source>
        <translation>kích hoạt trung bình</translation>
    </message>
    <message>
        <source>std activation</source>
        <translation>độ lệch chuẩn kích hoạt</translation>
    </message>
    <message>
        <source>mean pre-activation</source>
        <translation>tiền kích hoạt trung bình</translation>
    </message>
    <message>
        <source>std pre-activation</source>
        <translation>độ lệch chuẩn tiền kích hoạt</translation>
    </message>
    <message>
        <source>How much the last update changed the layer&apos;s weights, relative to their size.</source>
        <translation>Lần cập nhật vừa rồi làm trọng số của tầng thay đổi bao nhiêu, so với độ lớn của chúng.</translation>
    </message>
    <message>
        <source>The size of the layer&apos;s weight gradient relative to the size of its weights.</source>
        <translation>Độ lớn đạo hàm theo trọng số của tầng, so với độ lớn của chính các trọng số.</translation>
    </message>
    <message>
        <source>The mean of the layer&apos;s outputs a over its units and the batch.</source>
        <translation>Trung bình đầu ra a của tầng, trên mọi nơ-ron và cả lô.</translation>
    </message>
    <message>
        <source>The standard deviation of the layer&apos;s outputs a over its units and the batch.</source>
        <translation>Độ lệch chuẩn của đầu ra a của tầng, trên mọi nơ-ron và cả lô.</translation>
    </message>
    <message>
        <source>The mean of the activation&apos;s input (z, or n after normalisation).</source>
        <translation>Trung bình đầu vào của hàm kích hoạt (z, hoặc n sau chuẩn hoá).</translation>
    </message>
    <message>
        <source>The standard deviation of the activation&apos;s input (z, or n after normalisation).</source>
        <translation>Độ lệch chuẩn đầu vào của hàm kích hoạt (z, hoặc n sau chuẩn hoá).</translation>
    </message>
    <message>
        <source>gain multiplying the initialiser&apos;s spread</source>
        <translation>hệ số nhân độ trải của phép khởi tạo</translation>
    </message>
    <message>
        <source>standard deviation σ</source>
        <translation>độ lệch chuẩn σ</translation>
    </message>
    <message>
        <source>half-width a of U(−a, a)</source>
        <translation>nửa độ rộng a của U(−a, a)</translation>
    </message>
    <message>
        <source>the value of every weight</source>
        <translation>giá trị của mọi trọng số</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>BatchNorm</source>
        <translation>BatchNorm</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Tuyến tính</translation>
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
        <source>No translation for %1 was found; the window stays as it is.</source>
        <translation>Không tìm thấy bản dịch cho %1; cửa sổ giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>gs::LayerActivationsEdit</name>
    <message>
        <source>all layers the same</source>
        <translation>mọi tầng như nhau</translation>
    </message>
    <message>
        <source>One activation per hidden layer, from the input: e.g. &quot;sigmoid, relu, -, tanh&quot;. &quot;-&quot; or a layer left out keeps the activation above.</source>
        <translation>Một hàm kích hoạt cho mỗi tầng ẩn, tính từ đầu vào: ví dụ &quot;sigmoid, relu, -, tanh&quot;. &quot;-&quot; hoặc tầng không ghi thì giữ hàm kích hoạt ở trên.</translation>
    </message>
    <message>
        <source>layer %1: &quot;%2&quot; is not an activation; allowed: %3, or - for the default</source>
        <translation>tầng %1: &quot;%2&quot; không phải hàm kích hoạt; được phép: %3, hoặc - để dùng mặc định</translation>
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
    <name>gs::LayerSeriesView</name>
    <message>
        <source>training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>tầng</translation>
    </message>
    <message>
        <source>Update-to-data ratio per layer over the run</source>
        <translation>Tỉ lệ cập nhật / trọng số theo tầng trong cả quá trình huấn luyện</translation>
    </message>
    <message>
        <source>update / data ‖ΔW‖/‖W‖</source>
        <translation>cập nhật / trọng số ‖ΔW‖/‖W‖</translation>
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
    <message>
        <source>Smooth</source>
        <translation>Làm mượt</translation>
    </message>
    <message>
        <source>Draw a moving average over the noisy mini-batch curves, the raw curves faint behind it (as TensorBoard does).</source>
        <translation>Vẽ trung bình trượt trên các đường minibatch nhiễu, đường gốc mờ phía sau (như TensorBoard).</translation>
    </message>
    <message>
        <source>Smoothing weight: 0.9 averages over about the last 10 steps, 0.99 over about 100.</source>
        <translation>Trọng số làm mượt: 0.9 lấy trung bình khoảng 10 bước gần nhất, 0.99 khoảng 100 bước.</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>mất mát (đã làm mượt)</translation>
    </message>
    <message>
        <source>accuracy (smoothed)</source>
        <translation>độ chính xác (đã làm mượt)</translation>
    </message>
</context>
<context>
    <name>gs::MainWindow</name>
    <message>
        <source>GradScope — see the vanishing gradient</source>
        <translation>GradScope — xem hiện tượng tiêu biến gradient</translation>
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
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
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
        <source>Pace: </source>
        <translation>Nhịp: </translation>
    </message>
    <message>
        <source>Step %1 — the lesson&apos;s steps are done; Space continues.</source>
        <translation>Bước %1 — đã chạy xong số bước của bài học; nhấn Space để tiếp tục.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
</context>
<context>
    <name>gs::NetworkDiagram</name>
    <message>
        <source>input x%1</source>
        <translation>đầu vào x%1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>đầu ra %1</translation>
    </message>
    <message>
        <source>layer %1, unit %2</source>
        <translation>tầng %1, nơ-ron %2</translation>
    </message>
    <message>
        <source>mean activation %1</source>
        <translation>kích hoạt trung bình %1</translation>
    </message>
    <message>
        <source>dead: z ≤ 0 for the whole batch, so no gradient passes</source>
        <translation>chết: z ≤ 0 trên cả lô, nên không có gradient nào đi qua</translation>
    </message>
    <message>
        <source>saturated: mean f′(z) below 1% of its maximum</source>
        <translation>bão hoà: f′(z) trung bình dưới 1% giá trị lớn nhất của nó</translation>
    </message>
    <message>
        <source>layer %1: ‖∂L/∂W‖ = %2</source>
        <translation>tầng %1: ‖∂L/∂W‖ = %2</translation>
    </message>
    <message>
        <source>layer %1: ‖W‖ = %2</source>
        <translation>tầng %1: ‖W‖ = %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>đầu vào</translation>
    </message>
    <message>
        <source>output</source>
        <translation>đầu ra</translation>
    </message>
    <message>
        <source>fill: mean activation (blue &gt; 0, orange &lt; 0); red ring: dead; hatch: saturated</source>
        <translation>màu tô: kích hoạt trung bình (xanh &gt; 0, cam &lt; 0); vòng đỏ: chết; gạch chéo: bão hoà</translation>
    </message>
    <message>
        <source>band width: ‖∂L/∂W‖ per layer, log scale</source>
        <translation>độ rộng dải: ‖∂L/∂W‖ theo từng tầng, thang log</translation>
    </message>
    <message>
        <source>line width: |∂L/∂w|, log scale</source>
        <translation>độ dày đường: |∂L/∂w|, thang log</translation>
    </message>
    <message>
        <source>thickest %1, thinnest ≤ %2</source>
        <translation>dày nhất %1, mảnh nhất ≤ %2</translation>
    </message>
    <message>
        <source>every one is exactly 0: all drawn thinnest</source>
        <translation>tất cả đều đúng bằng 0: mọi đường đều mảnh nhất</translation>
    </message>
    <message>
        <source>band width: ‖W‖ per layer</source>
        <translation>độ rộng dải: ‖W‖ theo từng tầng</translation>
    </message>
    <message>
        <source>line width: |w| (largest %1); blue w &gt; 0, orange w &lt; 0</source>
        <translation>độ dày đường: |w| (lớn nhất %1); xanh w &gt; 0, cam w &lt; 0</translation>
    </message>
    <message>
        <source>layer %1, unit %2 → %3
w = %4
∂L/∂w = %5</source>
        <translation>tầng %1, nơ-ron %2 → %3
w = %4
∂L/∂w = %5</translation>
    </message>
</context>
<context>
    <name>gs::NetworkDiagramView</name>
    <message>
        <source>Links: |∂L/∂w|</source>
        <translation>Liên kết: |∂L/∂w|</translation>
    </message>
    <message>
        <source>Links: weight w</source>
        <translation>Liên kết: trọng số w</translation>
    </message>
    <message>
        <source>What the width of a link shows</source>
        <translation>Độ dày của liên kết thể hiện điều gì</translation>
    </message>
    <message>
        <source>Network: what reaches each weight</source>
        <translation>Mạng: những gì đến được từng trọng số</translation>
    </message>
    <message>
        <source>Press Step or Play to see the network&apos;s gradients</source>
        <translation>Bấm Một bước hoặc Chạy để xem gradient của mạng</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>Xuất hình…</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>Xuất hình</translation>
    </message>
    <message>
        <source>Figures (*.png *.svg *.pdf)</source>
        <translation>Hình (*.png *.svg *.pdf)</translation>
    </message>
</context>
<context>
    <name>gs::PaceBox</name>
    <message>
        <source>as fast as possible</source>
        <translation>nhanh nhất có thể</translation>
    </message>
    <message>
        <source>Training steps per second. Slow paces show every step; + and − change it.</source>
        <translation>Số bước huấn luyện mỗi giây. Nhịp chậm cho thấy từng bước; phím + và − để thay đổi.</translation>
    </message>
    <message>
        <source>Faster pace</source>
        <translation>Nhịp nhanh hơn</translation>
    </message>
    <message>
        <source>Slower pace</source>
        <translation>Nhịp chậm hơn</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 bước/giây</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 bước/giây</translation>
    </message>
</context>
<context>
    <name>gs::PlotContextMenus</name>
    <message>
        <source>Figure</source>
        <translation>Hình</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>&amp;Sao chép ảnh</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Reset axes</source>
        <translation>Đặt lại &amp;trục</translation>
    </message>
</context>
<context>
    <name>gs::PointEditor</name>
    <message>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Added a point of class %1 at (%2, %3)</source>
        <translation>Đã thêm một điểm lớp %1 tại (%2, %3)</translation>
    </message>
    <message>
        <source>Added the point (%1, %2)</source>
        <translation>Đã thêm điểm (%1, %2)</translation>
    </message>
    <message>
        <source>Removed a point</source>
        <translation>Đã xoá một điểm</translation>
    </message>
    <message>
        <source>Cleared the points</source>
        <translation>Đã xoá các điểm</translation>
    </message>
</context>
<context>
    <name>gs::PreActivationView</name>
    <message>
        <source>Layer:</source>
        <translation>Tầng:</translation>
    </message>
    <message>
        <source>Which layer&apos;s pre-activations to show (1 = next to the input)</source>
        <translation>Hiện tiền kích hoạt của tầng nào (1 = sát đầu vào)</translation>
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
        <translation>Nơ-ron chết và bão hoà theo tầng</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>tầng</translation>
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
        <source>f(z) = %1</source>
        <translation>f(z) = %1</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>dead %1 %</source>
        <translation>chết %1 %</translation>
    </message>
    <message>
        <source>saturated %1 %</source>
        <translation>bão hoà %1 %</translation>
    </message>
    <message>
        <source>layer %1 (%2)</source>
        <translation>tầng %1 (%2)</translation>
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
    <message>
        <source>class %1</source>
        <translation>lớp %1</translation>
    </message>
    <message>
        <source>Click adds class %1 (keys 0–7)</source>
        <translation>Nhấp: thêm lớp %1 (phím 0–7)</translation>
    </message>
    <message>
        <source>Click adds a point (x, y)</source>
        <translation>Nhấp: thêm điểm (x, y)</translation>
    </message>
    <message>
        <source>Left click: add a point of the chosen class (keys 0–7 choose it)
Right click: add a point of class 1
Shift+click: remove the nearest point
Ctrl+Z: undo · Edit ▸ Clear points</source>
        <translation>Nhấp trái: thêm một điểm của lớp đã chọn (phím 0–7 để chọn)
Nhấp phải: thêm một điểm lớp 1
Shift+nhấp: xoá điểm gần nhất
Ctrl+Z: hoàn tác · Sửa ▸ Xoá các điểm</translation>
    </message>
    <message>
        <source>Click: add the point (x, y)
Shift+click: remove the nearest point
Ctrl+Z: undo · Edit ▸ Clear points</source>
        <translation>Nhấp: thêm điểm (x, y)
Shift+nhấp: xoá điểm gần nhất
Ctrl+Z: hoàn tác · Sửa ▸ Xoá các điểm</translation>
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
    <message>
        <source>&amp;Teaching panels</source>
        <translation>Bảng &amp;giảng dạy</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Giao &amp;diện</translation>
    </message>
    <message>
        <source>In presentation mode on a small screen: show or hide the explanation and the other teaching panels (E).</source>
        <translation>Ở chế độ trình chiếu trên màn hình nhỏ: hiện hoặc ẩn phần giải thích và các bảng giảng dạy khác (E).</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Sáng</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tối</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Tương phản &amp;cao</translation>
    </message>
</context>
<context>
    <name>gs::PresenterKeys</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Play / pause (at a lesson&apos;s end: continue)</source>
        <translation>Chạy / tạm dừng (khi bài học đã chạy xong: chạy tiếp)</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Một bước huấn luyện</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reset: fresh weights, same settings</source>
        <translation>Đặt lại: trọng số mới, cùng cài đặt</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Faster / slower pace (steps per second)</source>
        <translation>Nhịp nhanh hơn / chậm hơn (bước mỗi giây)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Presentation mode on / off</source>
        <translation>Bật / tắt chế độ trình chiếu</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Presentation mode on a small screen: the teaching panels, again: the plots</source>
        <translation>Chế độ trình chiếu trên màn hình nhỏ: các bảng bài giảng, nhấn lại: các biểu đồ</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode; in the compare window: close it</source>
        <translation>Thoát chế độ trình chiếu; trong cửa sổ so sánh: đóng cửa sổ</translation>
    </message>
    <message>
        <source>Page Down / Page Up</source>
        <translation>Page Down / Page Up</translation>
    </message>
    <message>
        <source>Walk-through: next / previous layer (presenter remote)</source>
        <translation>Xem từng bước: tầng sau / tầng trước (bút trình chiếu)</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B hoặc .</translation>
    </message>
    <message>
        <source>Blank the plots / show them again (presenter remote)</source>
        <translation>Che các biểu đồ / hiện lại (bút trình chiếu)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Compare two networks</source>
        <translation>So sánh hai mạng</translation>
    </message>
    <message>
        <source>Ctrl+O / Ctrl+S</source>
        <translation>Ctrl+O / Ctrl+S</translation>
    </message>
    <message>
        <source>Open / save a configuration</source>
        <translation>Mở / lưu cấu hình</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the compare window</source>
        <translation>Đóng cửa sổ so sánh</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Danh sách này</translation>
    </message>
    <message>
        <source>Right-click a plot</source>
        <translation>Nhấp chuột phải vào biểu đồ</translation>
    </message>
    <message>
        <source>Copy image, Export…, Reset axes</source>
        <translation>Sao chép ảnh, Xuất…, Đặt lại trục</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
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
    <name>gs::RecordController</name>
    <message>
        <source>● REC %1  %2 frames</source>
        <translation>● REC %1  %2 khung hình</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Dừng ghi hình</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Ghi hình…</translation>
    </message>
    <message>
        <source>Stop recording and write the file</source>
        <translation>Dừng ghi hình và lưu tệp</translation>
    </message>
    <message>
        <source>Record the window or one plot as GIF, MP4, WebM or PNGs</source>
        <translation>Ghi hình cửa sổ hoặc một biểu đồ thành GIF, MP4, WebM hoặc các ảnh PNG</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Toàn bộ cửa sổ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi hình</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● REC</translation>
    </message>
    <message>
        <source>Writing the recording…</source>
        <translation>Đang lưu bản ghi hình…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Recording cancelled; nothing was written</source>
        <translation>Đã hủy ghi hình; không có gì được lưu</translation>
    </message>
    <message>
        <source>Recorded %1 frames to %2</source>
        <translation>Đã ghi %1 khung hình vào %2</translation>
    </message>
</context>
<context>
    <name>gs::RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Ghi hình</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Dừng sau</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> bước</translation>
    </message>
    <message>
        <source>The extension picks the format: .gif, .mp4 (H.264) or .webm (VP9); a folder ending in / gets numbered PNGs for beamer.</source>
        <translation>Phần mở rộng quyết định định dạng: .gif, .mp4 (H.264) hoặc .webm (VP9); thư mục kết thúc bằng / sẽ nhận các ảnh PNG được đánh số, dùng cho beamer.</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Ghi hình:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Khung hình mỗi giây:</translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation>Kích thước (điểm ảnh):</translation>
    </message>
    <message>
        <source>Record to</source>
        <translation>Ghi hình vào</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>Ảnh GIF động (*.gif);;Video MP4 (*.mp4);;Video WebM (*.webm)</translation>
    </message>
</context>
<context>
    <name>gs::RemedyControls</name>
    <message>
        <source>Rescales every hidden layer&apos;s z to mean 0 and variance 1 (BatchNorm over the mini-batch, LayerNorm over the layer&apos;s units), so the gradient coming back is multiplied by γ/√(σ² + ε) at each layer instead of shrinking.</source>
        <translation>Đưa z của mỗi tầng ẩn về trung bình 0 và phương sai 1 (BatchNorm trên lô, LayerNorm trên các nơ-ron của tầng), nên gradient đi ngược về được nhân với γ/√(σ² + ε) ở mỗi tầng thay vì bị co lại.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>By global norm</source>
        <translation>Theo chuẩn toàn cục</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>Theo giá trị</translation>
    </message>
    <message>
        <source>Before each update, shortens a gradient that is too long: by global norm scales all of it down to length C, by value cuts every entry to [−V, V].</source>
        <translation>Trước mỗi lần cập nhật, rút ngắn gradient quá dài: theo chuẩn toàn cục thì thu nhỏ toàn bộ gradient về độ dài C, theo giá trị thì cắt mọi phần tử về [−V, V].</translation>
    </message>
    <message>
        <source>The clipping threshold: the longest gradient allowed (C) or the largest entry allowed (V).</source>
        <translation>Ngưỡng cắt: độ dài gradient lớn nhất được phép (C) hoặc phần tử lớn nhất được phép (V).</translation>
    </message>
    <message>
        <source>Adds λ·W to the gradient of every weight matrix (not b, γ or β), which pulls the weights toward 0 at each update.</source>
        <translation>Cộng λ·W vào gradient của mọi ma trận trọng số (không áp dụng cho b, γ hay β), kéo các trọng số về phía 0 ở mỗi lần cập nhật.</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>Chuẩn hoá</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>Cắt gradient</translation>
    </message>
    <message>
        <source>Clip threshold</source>
        <translation>Ngưỡng cắt</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>Suy giảm trọng số λ</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>chuẩn hoá</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>cắt</translation>
    </message>
    <message>
        <source>decay λ</source>
        <translation>suy giảm λ</translation>
    </message>
</context>
<context>
    <name>gs::RunCaptionText</name>
    <message>
        <source>%1, %2 × %3, %4, %5 lr %6 — step %7</source>
        <translation>%1, %2 × %3, %4, %5 lr %6 — bước %7</translation>
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
</context>
<context>
    <name>gs::WalkthroughPanel</name>
    <message>
        <source>◀ Previous layer</source>
        <translation>◀ Tầng trước</translation>
    </message>
    <message>
        <source>Next layer ▶</source>
        <translation>Tầng sau ▶</translation>
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
        <translation>tầng</translation>
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
        <translation>δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: tích của mọi thừa số từ đầu ra xuống đến tầng này</translation>
    </message>
    <message>
        <source>Summed over the mini-batch: what the optimiser uses (core&apos;s dW)</source>
        <translation>Tổng trên lô nhỏ: thứ bộ tối ưu dùng (dW của lõi)</translation>
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
        <translation>Một nơ-ron mỗi tầng: mỗi hàng nhân tích dồn δ với trọng số phía trên và với f′(z) của tầng này; nhân thêm a⁽ˡ⁻¹⁾ là gradient của trọng số.</translation>
    </message>
    <message>
        <source>Layers are wider than one unit: the columns show vector norms (‖·‖) and the mean of f′; ‖δ‖ is the size of the running product.</source>
        <translation>Các tầng rộng hơn một nơ-ron: các cột cho chuẩn của vectơ (‖·‖) và trung bình của f′; ‖δ‖ là độ lớn của tích dồn.</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Đi từng bước</translation>
    </message>
    <message>
        <source>No step to walk through yet: press Step (or Play with this panel open).</source>
        <translation>Chưa có bước nào để xem từng tầng: hãy bấm Một bước (hoặc Chạy khi bảng này đang mở).</translation>
    </message>
    <message>
        <source>= δ⁽ˡ⁾</source>
        <translation>= δ⁽ˡ⁾</translation>
    </message>
    <message>
        <source>‖δ⁽ˡ⁾‖</source>
        <translation>‖δ⁽ˡ⁾‖</translation>
    </message>
    <message>
        <source>More columns</source>
        <translation>Thêm cột</translation>
    </message>
    <message>
        <source>Also show z, dJ/da, the product of the slopes and the batch gradient</source>
        <translation>Hiện thêm z, dJ/da, tích các độ dốc và gradient của cả lô</translation>
    </message>
    <message>
        <source>‖W⁽ˡ⁺¹⁾‖₂</source>
        <translation>‖W⁽ˡ⁺¹⁾‖₂</translation>
    </message>
    <message>
        <source> (out)</source>
        <translation> (ra)</translation>
    </message>
    <message>
        <source>× γ/√(σ²+ε)</source>
        <translation>× γ/√(σ²+ε)</translation>
    </message>
    <message>
        <source>mean γ/√(σ²+ε)</source>
        <translation>trung bình γ/√(σ²+ε)</translation>
    </message>
    <message>
        <source>The normalisation&apos;s factor γ/√(σ² + ε): it rescales the gradient on its way back (less the part the batch or layer shares), so δ is no longer only the product of w and f′</source>
        <translation>Hệ số γ/√(σ² + ε) của phép chuẩn hoá: nó co giãn gradient trên đường đi ngược về (trừ phần mà cả lô hoặc cả tầng cùng chia sẻ), nên δ không còn chỉ là tích của w và f′</translation>
    </message>
    <message>
        <source>Layer l, from the output (top row) down to layer 1 next to the input; +skip (⊕ when short): the layer has a residual skip connection</source>
        <translation>Tầng l, từ đầu ra (hàng trên cùng) xuống tầng 1 cạnh đầu vào; +tắt (⊕ khi viết gọn): tầng có kết nối tắt (residual)</translation>
    </message>
    <message>
        <source>The layer&apos;s activation function f</source>
        <translation>Hàm kích hoạt f của tầng</translation>
    </message>
    <message>
        <source>× w</source>
        <translation>× w</translation>
    </message>
    <message>
        <source>‖W‖₂</source>
        <translation>‖W‖₂</translation>
    </message>
    <message>
        <source>w⁽ˡ⁺¹⁾: the weight between this layer and the one above (— on the output row: there is none)</source>
        <translation>w⁽ˡ⁺¹⁾: trọng số giữa tầng này và tầng phía trên (— ở hàng đầu ra: không có)</translation>
    </message>
    <message>
        <source>‖W⁽ˡ⁺¹⁾‖₂, the largest singular value of the weights above: the most they can stretch δ on its way down (—: none above, or too many weights to compute it)</source>
        <translation>‖W⁽ˡ⁺¹⁾‖₂, giá trị kỳ dị lớn nhất của các trọng số phía trên: mức kéo giãn δ lớn nhất khi nó đi xuống (—: không có tầng phía trên, hoặc quá nhiều trọng số để tính)</translation>
    </message>
    <message>
        <source>× f′</source>
        <translation>× f′</translation>
    </message>
    <message>
        <source>f′(z⁽ˡ⁾): the slope of this layer&apos;s activation at its pre-activation (at the normalised value when the layer is normalised)</source>
        <translation>f′(z⁽ˡ⁾): độ dốc của hàm kích hoạt của tầng này tại tiền kích hoạt (tại giá trị đã chuẩn hoá khi tầng được chuẩn hoá)</translation>
    </message>
    <message>
        <source>⟨f′⟩: the mean over the layer&apos;s units of f′(z⁽ˡ⁾), the slope of the activation (at the normalised value when the layer is normalised)</source>
        <translation>⟨f′⟩: trung bình trên các nơ-ron của tầng của f′(z⁽ˡ⁾), độ dốc của hàm kích hoạt (tại giá trị đã chuẩn hoá khi tầng được chuẩn hoá)</translation>
    </message>
    <message>
        <source>× γ/σ</source>
        <translation>× γ/σ</translation>
    </message>
    <message>
        <source> (⟨·⟩: the mean over the layer&apos;s units)</source>
        <translation> (⟨·⟩: trung bình trên các nơ-ron của tầng)</translation>
    </message>
    <message>
        <source>= δ</source>
        <translation>= δ</translation>
    </message>
    <message>
        <source>‖δ‖</source>
        <translation>‖δ‖</translation>
    </message>
    <message>
        <source>‖δ⁽ˡ⁾‖: the size of δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾, the running product passed down to this layer</source>
        <translation>‖δ⁽ˡ⁾‖: độ lớn của δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾, tích dồn được truyền xuống đến tầng này</translation>
    </message>
    <message>
        <source>× a</source>
        <translation>× a</translation>
    </message>
    <message>
        <source>‖a‖</source>
        <translation>‖a‖</translation>
    </message>
    <message>
        <source>a⁽ˡ⁻¹⁾: this layer&apos;s input (the layer below&apos;s output; the sample at layer 1)</source>
        <translation>a⁽ˡ⁻¹⁾: đầu vào của tầng này (đầu ra của tầng bên dưới; chính mẫu ở tầng 1)</translation>
    </message>
    <message>
        <source>‖a⁽ˡ⁻¹⁾‖: the size of this layer&apos;s input vector (the sample at layer 1)</source>
        <translation>‖a⁽ˡ⁻¹⁾‖: độ lớn của vectơ đầu vào của tầng này (chính mẫu ở tầng 1)</translation>
    </message>
    <message>
        <source>= ∂J/∂w</source>
        <translation>= ∂J/∂w</translation>
    </message>
    <message>
        <source>‖∂J/∂W‖</source>
        <translation>‖∂J/∂W‖</translation>
    </message>
    <message>
        <source>∂J/∂w⁽ˡ⁾ = δ⁽ˡ⁾ · a⁽ˡ⁻¹⁾: this sample&apos;s share of the weight&apos;s gradient</source>
        <translation>∂J/∂w⁽ˡ⁾ = δ⁽ˡ⁾ · a⁽ˡ⁻¹⁾: phần của mẫu này trong gradient của trọng số</translation>
    </message>
    <message>
        <source>‖∂J/∂W⁽ˡ⁾‖ = ‖δ⁽ˡ⁾‖ · ‖a⁽ˡ⁻¹⁾‖: the size of this sample&apos;s share of the weights&apos; gradient</source>
        <translation>‖∂J/∂W⁽ˡ⁾‖ = ‖δ⁽ˡ⁾‖ · ‖a⁽ˡ⁻¹⁾‖: độ lớn của phần của mẫu này trong gradient của các trọng số</translation>
    </message>
    <message>
        <source>z⁽ˡ⁾: this layer&apos;s pre-activation</source>
        <translation>z⁽ˡ⁾: tiền kích hoạt của tầng này</translation>
    </message>
    <message>
        <source>‖z⁽ˡ⁾‖: the size of this layer&apos;s pre-activations</source>
        <translation>‖z⁽ˡ⁾‖: độ lớn của các tiền kích hoạt của tầng này</translation>
    </message>
    <message>
        <source> (its size ‖·‖)</source>
        <translation> (độ lớn ‖·‖ của nó)</translation>
    </message>
    <message>
        <source>The product of f′ from the output down to this layer and, in brackets, the most it can be: the product of each activation&apos;s largest slope (0.25ᵏ for k sigmoid layers)</source>
        <translation>Tích các f′ từ đầu ra xuống đến tầng này và, trong ngoặc, giá trị lớn nhất nó có thể đạt: tích các độ dốc lớn nhất của từng hàm kích hoạt (0.25ᵏ với k tầng sigmoid)</translation>
    </message>
    <message>
        <source> (of the means over the units)</source>
        <translation> (của các giá trị trung bình trên các nơ-ron)</translation>
    </message>
    <message>
        <source>lin</source>
        <translation>lin</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>Layer %1, the output layer</source>
        <translation>Tầng %1, tầng đầu ra</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Tầng %1</translation>
    </message>
    <message>
        <source>dJ/da⁽ˡ⁾: the gradient arriving from above, w⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾ (+ the skip path&apos;s in a residual layer; dJ/da⁽ᴸ⁾ on the output row)</source>
        <translation>dJ/da⁽ˡ⁾: gradient đi xuống từ phía trên, w⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾ (+ phần của đường tắt ở tầng residual; dJ/da⁽ᴸ⁾ ở hàng đầu ra)</translation>
    </message>
</context>
<context>
    <name>gs::media</name>
    <message>
        <source>step %1</source>
        <translation>bước %1</translation>
    </message>
</context>
<context>
    <name>gs::media::Recorder</name>
    <message>
        <source>a recording is already running</source>
        <translation>đang có một bản ghi hình chạy rồi</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>không có gì để ghi hình</translation>
    </message>
</context>
</TS>
