<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnimationExport</name>
    <message>
        <source>Writing {0} frames to {1}</source>
        <translation>{1}에 프레임 {0}개를 쓰는 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분자:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>머리글 행:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>행 수:</translation>
    </message>
    <message>
        <source>about {0}</source>
        <translation>약 {0}</translation>
    </message>
    <message>
        <source>Target (y):</source>
        <translation>타깃 (y):</translation>
    </message>
    <message>
        <source>Feature x0:</source>
        <translation>특성 x0:</translation>
    </message>
    <message>
        <source>Feature x1:</source>
        <translation>특성 x1:</translation>
    </message>
    <message>
        <source>Only the first {0} of {1} numeric columns are listed.</source>
        <translation>숫자 열 {1}개 중 처음 {0}개만 보여 줍니다.</translation>
    </message>
    <message>
        <source>The file needs at least two numeric columns.</source>
        <translation>파일에 숫자 열이 두 개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The target cannot also be a feature.</source>
        <translation>타깃 열을 특성으로도 쓸 수는 없습니다.</translation>
    </message>
    <message>
        <source>Choose two different feature columns.</source>
        <translation>서로 다른 특성 열 두 개를 고르세요.</translation>
    </message>
</context>
<context>
    <name>ContourView</name>
    <message>
        <source>Loss contours</source>
        <translation>손실 등고선</translation>
    </message>
    <message>
        <source>The full-data MSE seen from above: colour is log10(MSE), lines join equal MSE.
The path runs from the start (white) towards the optimum (star).
Click to start every run from that point. Drag to pan, wheel to zoom,
right-click for more.</source>
        <translation>전체 데이터 MSE를 위에서 내려다본 모습입니다. 색은 log10(MSE), 선은 MSE가 같은 점을 잇습니다.
경로는 시작점(흰색)에서 최적점(별) 쪽으로 이어집니다.
클릭하면 모든 실행이 그 점에서 시작합니다. 드래그로 이동, 휠로 확대·축소,
오른쪽 클릭으로 더 많은 메뉴를 엽니다.</translation>
    </message>
    <message>
        <source>w0</source>
        <translation>w0</translation>
    </message>
    <message>
        <source>w1</source>
        <translation>w1</translation>
    </message>
</context>
<context>
    <name>DataFlow</name>
    <message>
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>표 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>learning rate set to {0:g}, half the stable limit</source>
        <translation>학습률을 안정 한계의 절반인 {0:g}(으)로 맞췄습니다</translation>
    </message>
    <message>
        <source>Read {0}: {1} rows</source>
        <translation>{0}을(를) 읽었습니다: {1}행</translation>
    </message>
    <message>
        <source>Experiment not opened: reading its data was cancelled</source>
        <translation>실험을 열지 않았습니다: 데이터 읽기가 취소되었습니다</translation>
    </message>
    <message>
        <source>Data not loaded: {0}</source>
        <translation>데이터를 불러오지 못했습니다: {0}</translation>
    </message>
    <message>
        <source>-- data not loaded: {0}</source>
        <translation>-- 데이터를 불러오지 못함: {0}</translation>
    </message>
</context>
<context>
    <name>DataImporter</name>
    <message>
        <source>Importing data</source>
        <translation>데이터 가져오는 중</translation>
    </message>
    <message>
        <source>Reading {0}...</source>
        <translation>{0} 읽는 중...</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fit</source>
        <translation>데이터와 적합</translation>
    </message>
    <message>
        <source>The data with the model at the current weights.
A line fit shows y against x and the fitted line; two features show
predicted against actual y, on the diagonal when the fit is perfect;
two-feature classes show each class and the decision boundary.
Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>현재 가중치에서의 모델과 데이터입니다.
직선 적합은 x에 대한 y와 적합된 직선을 보여 주고, 특성이 두 개이면
실제 y에 대한 예측 y를 보여 줍니다(완벽히 맞으면 대각선 위에 놓입니다).
특성이 두 개인 분류 데이터는 클래스별 점과 결정 경계를 보여 줍니다.
드래그로 이동, 휠로 확대·축소, 오른쪽 클릭으로 더 많은 메뉴를 엽니다.</translation>
    </message>
    <message>
        <source>{0} (standardised)</source>
        <translation>{0} (표준화)</translation>
    </message>
    <message>
        <source>actual {0}</source>
        <translation>실제 {0}</translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation>예측 {0}</translation>
    </message>
    <message>
        <source>a test surface has no data</source>
        <translation>테스트 곡면에는 데이터가 없습니다</translation>
    </message>
</context>
<context>
    <name>DatasetGroup</name>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Blog generator: y = t0 x0 + t1 x1</source>
        <translation>블로그 생성기: y = t0 x0 + t1 x1</translation>
    </message>
    <message>
        <source>Line fit: y = slope x + intercept</source>
        <translation>직선 적합: y = 기울기 x + 절편</translation>
    </message>
    <message>
        <source>CSV file...</source>
        <translation>CSV 파일...</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <source>Blog generator: two features drawn as scale x randn(N, 2), the target a weighted sum. Line fit: one feature plus a constant 1, so w0 is the intercept and w1 the slope. CSV file: your own table (File &gt; Open data).</source>
        <translation>블로그 생성기: 두 특성을 scale x randn(N, 2)로 뽑고, 타깃은 그 가중합입니다. 직선 적합: 특성 하나와 상수 1이므로 w0은 절편, w1은 기울기입니다. CSV 파일: 직접 준비한 표입니다(파일 &gt; 데이터 열기).</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Choose real data...</source>
        <translation>실제 데이터 고르기...</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>예제 데이터</translation>
    </message>
    <message>
        <source>Small real datasets shipped with GD Desktop.</source>
        <translation>GD Desktop에 함께 들어 있는 작은 실제 데이터셋입니다.</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>예제</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>N, the number of rows. The loss and its gradient cost the same at any N.</source>
        <translation>N, 데이터의 행 수입니다. N이 얼마든 손실과 기울기를 구하는 비용은 같습니다.</translation>
    </message>
    <message>
        <source>Rows N</source>
        <translation>행 수 N</translation>
    </message>
    <message>
        <source>Feature scale</source>
        <translation>특성 크기</translation>
    </message>
    <message>
        <source>Standard deviation of the drawn features.</source>
        <translation>뽑은 특성의 표준편차입니다.</translation>
    </message>
    <message>
        <source>True weight t0</source>
        <translation>참 가중치 t0</translation>
    </message>
    <message>
        <source>The weight of x0 in the data.</source>
        <translation>데이터에서 x0에 곱해진 가중치입니다.</translation>
    </message>
    <message>
        <source>True weight t1</source>
        <translation>참 가중치 t1</translation>
    </message>
    <message>
        <source>The weight of x1 in the data.</source>
        <translation>데이터에서 x1에 곱해진 가중치입니다.</translation>
    </message>
    <message>
        <source>True t0</source>
        <translation>참값 t0</translation>
    </message>
    <message>
        <source>True t1</source>
        <translation>참값 t1</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Slope of the line that made the data.</source>
        <translation>데이터를 만든 직선의 기울기입니다.</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>절편</translation>
    </message>
    <message>
        <source>Intercept of that line.</source>
        <translation>그 직선의 절편입니다.</translation>
    </message>
    <message>
        <source>Noise sigma</source>
        <translation>노이즈 σ</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise added to the target. With noise the best fit no longer reaches MSE 0, and SGD hovers around the optimum.</source>
        <translation>타깃에 더하는 가우스 노이즈의 표준편차입니다. 노이즈가 있으면 가장 좋은 적합도 MSE 0에 닿지 못하고, SGD는 최적점 주위를 맴돕니다.</translation>
    </message>
    <message>
        <source>Outlier fraction</source>
        <translation>이상치 비율</translation>
    </message>
    <message>
        <source>Share of rows (0 to 1) whose target is pushed up or down by the outlier size. Squared errors make a few outliers pull the whole fit.</source>
        <translation>타깃을 이상치 크기만큼 위아래로 옮길 행의 비율(0~1)입니다. 오차를 제곱하므로 이상치 몇 개가 적합 전체를 끌어당깁니다.</translation>
    </message>
    <message>
        <source>Outlier size</source>
        <translation>이상치 크기</translation>
    </message>
    <message>
        <source>How far an outlier&apos;s target is moved.</source>
        <translation>이상치의 타깃을 얼마나 옮길지 정합니다.</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>이상치</translation>
    </message>
    <message>
        <source>Standardise features</source>
        <translation>특성 표준화</translation>
    </message>
    <message>
        <source>Z-score each feature (mean 0, deviation 1). Features on different scales make a long, narrow valley; standardised, the valley becomes a round bowl, the optimum moves and the stable learning rate changes.</source>
        <translation>각 특성을 z-점수로 바꿉니다(평균 0, 표준편차 1). 크기가 제각각인 특성은 길고 좁은 골짜기를 만듭니다. 표준화하면 골짜기가 둥근 그릇 모양이 되고, 최적점이 옮겨 가며 안정적인 학습률도 달라집니다.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <source>Seed of the run&apos;s random stream: the data are drawn first, then the batches. Seed 0 gives the blog&apos;s exact data.</source>
        <translation>실행에 쓰는 난수열의 시드입니다. 데이터를 먼저 뽑고, 그다음 배치를 뽑습니다. 시드 0이면 블로그와 똑같은 데이터가 나옵니다.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>{0}: {1} ~ {2}</source>
        <translation>{0}: {1} ~ {2}</translation>
    </message>
</context>
<context>
    <name>DisplayModes</name>
    <message>
        <source>&amp;Dark</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>프레젠테이션 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, the views and readouts only, in large type (Esc or F11 leaves).</source>
        <translation>전체 화면에 보기와 수치만 큰 글씨로 보여 줍니다(Esc나 F11을 누르면 나갑니다).</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>DivergenceBanner</name>
    <message>
        <source>Use a stable rate</source>
        <translation>안정적인 학습률 쓰기</translation>
    </message>
    <message>
        <source>Set the learning rate to 0.9 x 2/lambda_max.</source>
        <translation>학습률을 0.9 x 2/λmax로 맞춥니다.</translation>
    </message>
</context>
<context>
    <name>EquationPanel</name>
    <message>
        <source>Update equations</source>
        <translation>업데이트 식</translation>
    </message>
    <message>
        <source>Step once to see what an update computes.</source>
        <translation>한 스텝 진행하면 업데이트가 무엇을 계산하는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>blog scaling: the batch&apos;s sum is divided by all N = {0} rows</source>
        <translation>블로그 방식 스케일링: 배치의 합을 전체 N = {0}행으로 나눕니다</translation>
    </message>
    <message>
        <source>check: the sum over the batch rows gives g0 = {0}, g1 = {1}</source>
        <translation>검산: 배치 행들에 대한 합으로 구하면 g0 = {0}, g1 = {1}</translation>
    </message>
    <message>
        <source>Update {0} · test surface {1}</source>
        <translation>업데이트 {0} · 테스트 곡면 {1}</translation>
    </message>
    <message>
        <source>plus Gaussian gradient noise, sigma {0}</source>
        <translation>여기에 가우스 기울기 노이즈를 더함, σ {0}</translation>
    </message>
    <message>
        <source>check: the family&apos;s gradient gives g0 = {0}, g1 = {1}</source>
        <translation>검산: 이 손실 함수의 기울기 식으로 구하면 g0 = {0}, g1 = {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>state after this update: {0}</source>
        <translation>이번 업데이트 뒤의 상태: {0}</translation>
    </message>
    <message>
        <source>Update {0} · full batch: all N = {1} rows</source>
        <translation>업데이트 {0} · 전체 배치: N = {1}행 전부</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batch</source>
        <translation>미니배치 방식</translation>
    </message>
    <message>
        <source>Update {0} (epoch {1}) · {2}, n = {3}: </source>
        <translation>업데이트 {0} (에포크 {1}) · {2}, n = {3}: </translation>
    </message>
    <message>
        <source>rows not kept for this update</source>
        <translation>이번 업데이트의 행 번호는 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>row {0} (of 0–{1})</source>
        <translation>{0}번 행 (0–{1} 중)</translation>
    </message>
    <message>
        <source>rows {0}–{1} (of 0–{2})</source>
        <translation>{0}–{1}번 행 (0–{2} 중)</translation>
    </message>
    <message>
        <source>rows {0}, … ({1} rows of 0–{2})</source>
        <translation>{0}, … 번 행 (0–{2} 중 {1}행)</translation>
    </message>
    <message>
        <source>rows {0} (of 0–{1})</source>
        <translation>{0}번 행 (0–{1} 중)</translation>
    </message>
</context>
<context>
    <name>FamilyGroup</name>
    <message>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Loss family</source>
        <translation>손실 함수 종류</translation>
    </message>
    <message>
        <source>linear regression</source>
        <translation>선형 회귀</translation>
    </message>
    <message>
        <source>logistic regression</source>
        <translation>로지스틱 회귀</translation>
    </message>
    <message>
        <source>one neuron</source>
        <translation>뉴런 하나</translation>
    </message>
    <message>
        <source>test surface</source>
        <translation>테스트 곡면</translation>
    </message>
    <message>
        <source>Linear regression: the MSE, a bowl. Logistic regression: the log-loss of a 0/1 target. One neuron: w1 tanh(w0 x), two minima and a saddle. Test surface: a formula of the two weights, with no data.</source>
        <translation>선형 회귀: MSE로, 그릇 모양입니다. 로지스틱 회귀: 0/1 타깃의 로그 손실입니다. 뉴런 하나: w1 tanh(w0 x)로, 최솟값 두 개와 그 사이의 안장점이 있습니다. 테스트 곡면: 두 가중치로 된 식이며, 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Test surface</source>
        <translation>테스트 곡면 종류</translation>
    </message>
    <message>
        <source>rosenbrock: a long curved valley; himmelblau: four minima; saddle: a saddle between two minima; two-minima: a deep and a shallow basin; beale: steep walls and flat plains; plateau: far from its minimum the gradient vanishes.</source>
        <translation>rosenbrock: 길게 휘어진 골짜기. himmelblau: 최솟값 네 개. saddle: 두 최솟값 사이의 안장점. two-minima: 깊은 분지와 얕은 분지. beale: 가파른 벽과 평평한 들판. plateau: 최솟값에서 멀어지면 기울기가 거의 0이 됩니다.</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>곡면</translation>
    </message>
    <message>
        <source>Gradient noise</source>
        <translation>기울기 노이즈</translation>
    </message>
    <message>
        <source>Gaussian noise (seeded) added to every gradient, in place of batches.</source>
        <translation>배치 대신 모든 기울기에 가우스 노이즈를 더합니다(난수 시드를 따름).</translation>
    </message>
    <message>
        <source>Gradient noise σ</source>
        <translation>기울기 노이즈 σ</translation>
    </message>
    <message>
        <source>Class separation</source>
        <translation>두 클래스의 간격</translation>
    </message>
    <message>
        <source>Distance between the two classes&apos; means, in standard deviations.</source>
        <translation>두 클래스 평균 사이의 거리로, 표준편차 단위입니다.</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>클래스 간격</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>진폭</translation>
    </message>
    <message>
        <source>a in the data y = a tanh(b x) + noise.</source>
        <translation>데이터 y = a tanh(b x) + 노이즈의 a입니다.</translation>
    </message>
    <message>
        <source>Amplitude a</source>
        <translation>진폭 a</translation>
    </message>
    <message>
        <source>Steepness</source>
        <translation>가파르기</translation>
    </message>
    <message>
        <source>b in the data y = a tanh(b x) + noise.</source>
        <translation>데이터 y = a tanh(b x) + 노이즈의 b입니다.</translation>
    </message>
    <message>
        <source>Steepness b</source>
        <translation>가파르기 b</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The blog&apos;s story</source>
        <translation>블로그 이야기</translation>
    </message>
    <message>
        <source>Why the blog&apos;s rate is so small</source>
        <translation>블로그의 학습률은 왜 그렇게 작을까</translation>
    </message>
    <message>
        <source>Why the SGD numbers differ</source>
        <translation>SGD 숫자가 블로그와 다른 이유</translation>
    </message>
    <message>
        <source>Update rules</source>
        <translation>업데이트 규칙 살펴보기</translation>
    </message>
    <message>
        <source>Learning-rate schedules</source>
        <translation>학습률 스케줄 살펴보기</translation>
    </message>
    <message>
        <source>The 3D and contour views</source>
        <translation>3D 보기와 등고선 보기</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>데이터셋과 표준화</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>레이스로 비교하기</translation>
    </message>
    <message>
        <source>Try this</source>
        <translation>이렇게 해 보세요</translation>
    </message>
    <message>
        <source>&lt;p&gt;The blog fits y = 2·x0 − 30·x1 on 100 rows of X = 12·randn(100, 2) with a linear model of two weights, w0 and w1, and the mean squared error (MSE) as the loss. It tries three ways of descending:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Batch gradient descent&lt;/b&gt;: every update uses the gradient over all rows. The path is smooth and goes straight down the valley.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Stochastic gradient descent (SGD)&lt;/b&gt;: every update uses one random row. Updates are cheap but noisy, so the path jitters.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Mini-batch descent&lt;/b&gt;: every update uses a batch of rows (30 in the blog), between the two.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;One pass over all rows is an &lt;b&gt;epoch&lt;/b&gt;. The presets in the parameter panel reproduce the blog&apos;s three runs update for update.&lt;/p&gt;</source>
        <translation>&lt;p&gt;블로그는 X = 12·randn(100, 2)로 만든 100개 행에 y = 2·x0 − 30·x1을 맞춥니다. 모델은 가중치 두 개(w0, w1)를 가진 선형 모델이고, 손실 함수는 평균 제곱 오차(MSE)입니다. 내려가는 방법은 세 가지입니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;배치 경사 하강법&lt;/b&gt;: 업데이트마다 모든 행에 대한 기울기를 씁니다. 경로가 매끄럽고 골짜기를 따라 곧게 내려갑니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;확률적 경사 하강법(SGD)&lt;/b&gt;: 업데이트마다 무작위로 고른 한 행만 씁니다. 한 번의 업데이트는 싸지만 잡음이 많아 경로가 흔들립니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;미니배치 경사 하강법&lt;/b&gt;: 업데이트마다 여러 행의 묶음(블로그에서는 30행)을 씁니다. 둘의 중간입니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;모든 행을 한 번 다 도는 것을 &lt;b&gt;에포크&lt;/b&gt;라고 합니다. 매개변수 패널의 프리셋은 블로그의 세 실행을 업데이트 하나하나까지 똑같이 재현합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;On a quadratic loss, batch gradient descent is stable only when the learning rate is below 2/λmax, where λmax is the largest eigenvalue of the Hessian (the curvature of the steepest direction). Above it every update overshoots further and the run &lt;b&gt;diverges&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;On the blog&apos;s data 2/λmax ≈ 0.00647, about 320 times the blog&apos;s 2e-5. The rate is that small, so 500 updates stop short of w1 = −30: the run &lt;b&gt;converges&lt;/b&gt;, but slowly. The Insight tab shows the limit for the data on screen and says how the current rate compares.&lt;/p&gt;</source>
        <translation>&lt;p&gt;손실이 이차식이면 배치 경사 하강법은 학습률이 2/λmax보다 작을 때만 안정적입니다. 여기서 λmax는 헤세 행렬의 가장 큰 고윳값, 곧 가장 가파른 방향의 곡률입니다. 이보다 크면 업데이트마다 더 멀리 넘어가서 실행이 &lt;b&gt;발산&lt;/b&gt;합니다.&lt;/p&gt;&lt;p&gt;블로그 데이터에서는 2/λmax ≈ 0.00647로, 블로그가 쓴 2e-5의 약 320배입니다. 학습률이 그만큼 작아서 500번 업데이트해도 w1 = −30에 닿지 못합니다. 실행은 &lt;b&gt;수렴&lt;/b&gt;하지만 느립니다. 인사이트 탭은 화면의 데이터에 대한 한계와 지금 학습률이 그와 비교해 어떤지 알려 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two details make the app&apos;s numbers differ from the blog&apos;s printout, both on purpose:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The blog prints the MSE of the weights &lt;i&gt;before&lt;/i&gt; an update next to the weights &lt;i&gt;after&lt;/i&gt; it; the app pairs each weight with its own MSE.&lt;/li&gt;&lt;li&gt;The blog reseeds only once, so its SGD and mini-batch loops run on fresh draws of X. The app runs all three methods on the same data, so they compare fairly.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The blog&apos;s SGD also multiplies a one-row gradient by 2/N, so its effective rate is lr/N; the &lt;i&gt;Blog&apos;s 2/N scaling&lt;/i&gt; switch reproduces that.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 앱의 숫자가 블로그 출력과 다른 데에는 일부러 정한 두 가지 이유가 있습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;블로그는 업데이트 &lt;i&gt;전&lt;/i&gt; 가중치의 MSE를 업데이트 &lt;i&gt;후&lt;/i&gt; 가중치 옆에 찍습니다. 이 앱은 각 가중치를 그 가중치 자신의 MSE와 함께 보여 줍니다.&lt;/li&gt;&lt;li&gt;블로그는 시드를 한 번만 정하므로 SGD와 미니배치 반복문이 새로 뽑은 X 위에서 돕니다. 이 앱은 세 방법을 모두 같은 데이터에서 실행하므로 공정하게 비교할 수 있습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;또 블로그의 SGD는 한 행의 기울기에 2/N을 곱하므로 실제 학습률은 lr/N입니다. &lt;i&gt;블로그 방식 스케일링(2/N)&lt;/i&gt; 스위치가 이를 재현합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An update rule turns the gradient g into a step, in the forms PyTorch&apos;s torch.optim uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Gradient descent&lt;/b&gt;: w ← w − lr·g.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Momentum&lt;/b&gt;: a velocity v ← β·v + g remembers past gradients; steps grow along a consistent direction and zig-zags cancel.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nesterov&lt;/b&gt;: momentum with a look-ahead, which damps overshooting.&lt;/li&gt;&lt;li&gt;&lt;b&gt;AdaGrad&lt;/b&gt;: divides each coordinate by the root of its summed squared gradients; steps keep shrinking.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSProp&lt;/b&gt;: like AdaGrad with a decaying average, so steps stay about lr.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adam&lt;/b&gt;: momentum on g and RMSProp on g², bias-corrected.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;업데이트 규칙은 기울기 g를 한 스텝으로 바꾸는 방법입니다. 식은 PyTorch의 torch.optim과 같은 형태입니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;경사 하강법&lt;/b&gt;: w ← w − lr·g.&lt;/li&gt;&lt;li&gt;&lt;b&gt;모멘텀&lt;/b&gt;: 속도 v ← β·v + g가 지난 기울기를 기억합니다. 같은 방향으로는 스텝이 커지고, 지그재그는 서로 상쇄됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;네스테로프(Nesterov)&lt;/b&gt;: 앞을 내다보는 모멘텀으로, 지나치게 넘어가는 것을 줄입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;AdaGrad&lt;/b&gt;: 좌표마다 누적된 기울기 제곱합의 제곱근으로 나눕니다. 스텝이 계속 작아집니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;RMSProp&lt;/b&gt;: AdaGrad와 비슷하지만 지수적으로 잊는 평균을 써서 스텝이 lr 정도로 유지됩니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Adam&lt;/b&gt;: g에는 모멘텀을, g²에는 RMSProp을 쓰고 편향을 보정합니다.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A schedule changes the learning rate with the update index k (k = 1 is the first update, which always uses the rate set): &lt;b&gt;constant&lt;/b&gt;; &lt;b&gt;step decay&lt;/b&gt; (times γ every S updates); &lt;b&gt;exponential&lt;/b&gt; (times γ every update); &lt;b&gt;inverse time&lt;/b&gt; (lr / (1 + d·(k − 1))); &lt;b&gt;cosine&lt;/b&gt; (from lr down towards a fraction of it over the budget). The small plot in the panel shows the rate over the whole budget.&lt;/p&gt;</source>
        <translation>&lt;p&gt;학습률 스케줄은 업데이트 번호 k에 따라 학습률을 바꿉니다(k = 1이 첫 업데이트이며, 첫 업데이트는 항상 설정한 학습률을 씁니다). &lt;b&gt;고정&lt;/b&gt;, &lt;b&gt;계단식 감소&lt;/b&gt;(S번마다 γ배), &lt;b&gt;지수 감소&lt;/b&gt;(매번 γ배), &lt;b&gt;역시간 감소&lt;/b&gt;(lr / (1 + d·(k − 1))), &lt;b&gt;코사인&lt;/b&gt;(예산에 걸쳐 lr에서 그 일부까지 줄어듦)이 있습니다. 패널의 작은 그래프가 예산 전체에 걸친 학습률을 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;3D view&lt;/b&gt; draws the loss over the two weights as a surface, with each run&apos;s path on it; drag to rotate, use the wheel to zoom. The &lt;b&gt;contour view&lt;/b&gt; shows the same loss from above, as lines of equal loss, with the start and the optimum. Long, narrow ellipses mean a badly conditioned problem: descent zig-zags across the valley. Click either view to start every run from that point.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;MSE curve&lt;/b&gt; shows the loss per update (log axis available), and the &lt;b&gt;data view&lt;/b&gt; the data with the current fit. The &lt;b&gt;This update&lt;/b&gt; tab writes out the last update in numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;3D 보기&lt;/b&gt;는 두 가중치에 대한 손실을 곡면으로 그리고, 그 위에 각 실행의 경로를 그립니다. 드래그하면 회전하고 휠로 확대·축소합니다. &lt;b&gt;등고선 보기&lt;/b&gt;는 같은 손실을 위에서 내려다본 것으로, 손실이 같은 점을 이은 선과 시작점, 최적점을 보여 줍니다. 타원이 길고 좁으면 조건이 나쁜 문제라서 경사 하강법이 골짜기를 가로지르며 지그재그로 움직입니다. 어느 보기든 클릭하면 모든 실행이 그 점에서 시작합니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;MSE 곡선&lt;/b&gt;은 업데이트마다의 손실을(로그 축 가능), &lt;b&gt;데이터 보기&lt;/b&gt;는 데이터와 현재 적합을 보여 줍니다. &lt;b&gt;이번 업데이트&lt;/b&gt; 탭은 마지막 업데이트를 숫자로 풀어 씁니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Dataset group offers the blog&apos;s generator, a line fit, small real datasets that ship with the app, and your own CSV file (File &gt; Open data). The &lt;b&gt;Standardise&lt;/b&gt; switch rescales each feature to mean 0 and standard deviation 1: on features of very different scales it turns a long, narrow valley into a round bowl, and the stable rate grows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;데이터셋 그룹에서는 블로그 생성기, 직선 적합, 앱에 함께 들어 있는 작은 실제 데이터셋, 그리고 직접 준비한 CSV 파일(파일 &gt; 데이터 열기)을 고를 수 있습니다. &lt;b&gt;표준화&lt;/b&gt; 스위치는 각 특성을 평균 0, 표준편차 1로 바꿉니다. 특성의 크기가 크게 다르면 길고 좁은 골짜기가 둥근 그릇으로 바뀌고 안정적인 학습률이 커집니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Race tab runs up to six runs on the same data in lockstep. &lt;i&gt;Add run&lt;/i&gt; copies the selected run in a new colour; select a run to edit it in the parameter panel. The table shows each run&apos;s MSE, best MSE, the updates it needed to reach the target MSE and whether it finished or diverged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;레이스 탭은 최대 여섯 개의 실행을 같은 데이터에서 보조를 맞춰 진행합니다. &lt;i&gt;실행 추가&lt;/i&gt;는 선택한 실행을 새 색으로 복사합니다. 실행을 선택하면 매개변수 패널에서 고칠 수 있습니다. 표에는 실행마다 MSE, 최저 MSE, 목표 MSE에 닿기까지 걸린 업데이트 수, 그리고 끝났는지 발산했는지가 나옵니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Run the blog&apos;s batch preset, then set the rate to 0.006 and compare how far 500 updates get.&lt;/li&gt;&lt;li&gt;Set the rate to 0.007, just above 2/λmax, and watch it diverge.&lt;/li&gt;&lt;li&gt;Race &gt; Batch vs SGD vs mini-batch: why is SGD&apos;s path so noisy?&lt;/li&gt;&lt;li&gt;Pick the Engel sample with and without Standardise: look at the contours and the stable rate.&lt;/li&gt;&lt;li&gt;Race &gt; GD vs Momentum vs Adam on a badly conditioned valley.&lt;/li&gt;&lt;li&gt;Give SGD a cosine schedule: does the noise near the optimum settle?&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;블로그의 배치 프리셋을 실행한 뒤 학습률을 0.006으로 바꾸고, 500번의 업데이트로 얼마나 멀리 가는지 비교해 보세요.&lt;/li&gt;&lt;li&gt;학습률을 2/λmax보다 조금 큰 0.007로 바꾸고 발산하는 모습을 보세요.&lt;/li&gt;&lt;li&gt;레이스 &gt; 배치 vs SGD vs 미니배치: SGD의 경로는 왜 이렇게 흔들릴까요?&lt;/li&gt;&lt;li&gt;Engel 예제를 표준화한 것과 하지 않은 것으로 골라 등고선과 안정 학습률을 비교해 보세요.&lt;/li&gt;&lt;li&gt;조건이 나쁜 골짜기에서 레이스 &gt; GD vs 모멘텀 vs Adam을 돌려 보세요.&lt;/li&gt;&lt;li&gt;SGD에 코사인 스케줄을 주면 최적점 근처의 흔들림이 가라앉을까요?&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>GD Desktop guide</source>
        <translation>GD Desktop 안내서</translation>
    </message>
</context>
<context>
    <name>GuideLink</name>
    <message>
        <source>What this panel shows: open its section of the guide.</source>
        <translation>이 패널이 보여 주는 것: 안내서의 해당 부분을 엽니다.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>안내서</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Run, or pause a run</source>
        <translation>실행하거나 일시 정지하기</translation>
    </message>
    <message>
        <source>Step one update</source>
        <translation>한 번 업데이트하기</translation>
    </message>
    <message>
        <source>Step to the end of the epoch</source>
        <translation>에포크 끝까지 진행하기</translation>
    </message>
    <message>
        <source>Reset to the start</source>
        <translation>처음으로 되돌리기</translation>
    </message>
    <message>
        <source>Open an experiment</source>
        <translation>실험 열기</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>실험 저장하기</translation>
    </message>
    <message>
        <source>Open a CSV data file</source>
        <translation>CSV 데이터 파일 열기</translation>
    </message>
    <message>
        <source>Export records as CSV</source>
        <translation>기록을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Add a run to the race</source>
        <translation>레이스에 실행 추가하기</translation>
    </message>
    <message>
        <source>Remove the selected run</source>
        <translation>선택한 실행 지우기</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>안내서 열기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>&lt;h2&gt;GD Desktop {0}&lt;/h2&gt;&lt;p&gt;Gradient descent, made visible: watch the weights of a two-weight linear model walk down the loss surface, update by update.&lt;/p&gt;&lt;p&gt;The sample datasets come from statsmodels and scikit-learn; their licences follow.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;GD Desktop {0}&lt;/h2&gt;&lt;p&gt;눈으로 보는 경사 하강법: 가중치가 두 개인 선형 모델의 가중치가 업데이트마다 손실 곡면을 따라 내려가는 모습을 지켜보세요.&lt;/p&gt;&lt;p&gt;예제 데이터셋은 statsmodels와 scikit-learn에서 가져왔습니다. 라이선스는 아래와 같습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HyperparameterGroup</name>
    <message>
        <source>Hyperparameters</source>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Step size: w &lt;- w - lr * gradient. Accepts scientific notation (2e-5). Above 2/lambda_max batch descent diverges. Changes apply to the next update without a reset.</source>
        <translation>스텝 크기: w &lt;- w - lr * 기울기. 과학적 표기(2e-5)도 받습니다. 2/λmax보다 크면 배치 경사 하강법이 발산합니다. 바꾸면 초기화 없이 다음 업데이트부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>학습률 (로그 눈금)</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 1e-7 to 10.</source>
        <translation>로그 눈금의 학습률, 1e-7부터 10까지.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>How long to run, in updates or in epochs.</source>
        <translation>얼마나 오래 실행할지, 업데이트 수나 에포크 수로 정합니다.</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>예산 단위</translation>
    </message>
    <message>
        <source>An epoch is one pass over the data.</source>
        <translation>에포크는 데이터를 한 번 다 도는 것입니다.</translation>
    </message>
    <message>
        <source>Initial w0</source>
        <translation>w0 초깃값</translation>
    </message>
    <message>
        <source>Where the descent starts: w0.</source>
        <translation>경사 하강을 시작하는 w0 값입니다.</translation>
    </message>
    <message>
        <source>Initial w1</source>
        <translation>w1 초깃값</translation>
    </message>
    <message>
        <source>Where the descent starts: w1.</source>
        <translation>경사 하강을 시작하는 w1 값입니다.</translation>
    </message>
    <message>
        <source>Start w0, w1</source>
        <translation>시작점 w0, w1</translation>
    </message>
    <message>
        <source>The loss is flat: any rate is stable.</source>
        <translation>손실이 평평합니다. 어떤 학습률이든 안정적입니다.</translation>
    </message>
    <message>
        <source>Blog scaling: effective rate lr x n/N = {0:.3g}. </source>
        <translation>블로그 방식 스케일링: 실제 학습률 lr x n/N = {0:.3g}. </translation>
    </message>
    <message>
        <source>Above the stable limit 2/λmax = {0:.3g} ({1}x): batch descent diverges.</source>
        <translation>안정 한계 2/λmax = {0:.3g}보다 큽니다({1}배). 배치 경사 하강법이 발산합니다.</translation>
    </message>
    <message>
        <source>Stable limit 2/λmax = {0:.3g}; {1}x below it.</source>
        <translation>안정 한계 2/λmax = {0:.3g}의 1/{1}입니다.</translation>
    </message>
    <message>
        <source>{0} The run keeps {1:g}.</source>
        <translation>{0} 실행은 이전 학습률 {1:g}을(를) 계속 씁니다.</translation>
    </message>
    <message>
        <source>Here λmax &lt;= 0: no local limit. The loss curves down or is flat in every direction at these weights, so no rate makes plain descent unstable here.</source>
        <translation>여기서는 λmax &lt;= 0이라 국소 한계가 없습니다. 이 가중치에서는 손실이 모든 방향으로 아래로 휘거나 평평하므로, 어떤 학습률로도 기본 경사 하강법이 여기서 불안정해지지 않습니다.</translation>
    </message>
    <message>
        <source>Local limit 2/λmax = {0:.3g} at the current weights; the rate is {1:.3g}x it. This landscape is not a bowl: the limit holds only near these weights and changes as the run moves.</source>
        <translation>현재 가중치에서의 국소 한계 2/λmax = {0:.3g}; 학습률은 그 {1:.3g}배입니다. 이 지형은 그릇 모양이 아니어서, 이 한계는 지금 가중치 근처에서만 맞고 실행이 움직이면 달라집니다.</translation>
    </message>
</context>
<context>
    <name>InsightPanel</name>
    <message>
        <source>Insight</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>No run loaded.</source>
        <translation>불러온 실행이 없습니다.</translation>
    </message>
    <message>
        <source>Every feature is zero: any rate is stable and nothing moves.</source>
        <translation>모든 특성이 0입니다. 어떤 학습률이든 안정적이고 아무것도 움직이지 않습니다.</translation>
    </message>
    <message>
        <source>The effective rate {0} (learning rate {1} × n/N)</source>
        <translation>실제 학습률 {0}(학습률 {1} × n/N)</translation>
    </message>
    <message>
        <source>The learning rate {0}</source>
        <translation>학습률 {0}</translation>
    </message>
    <message>
        <source>{0} is {1}x above the stable limit {2}: batch descent diverges.</source>
        <translation>{0}은(는) 안정 한계 {2}의 {1}배로, 한계보다 큽니다. 배치 경사 하강법이 발산합니다.</translation>
    </message>
    <message>
        <source>{0} is at the stable limit {2}: the steepest direction bounces back and forth and barely settles.</source>
        <translation>{0}은(는) 안정 한계 {2}와 같습니다. 가장 가파른 방향으로 앞뒤로 튀며 거의 자리를 잡지 못합니다.</translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: descent converges, but zig-zags across the valley.</source>
        <translation>{0}은(는) 안정 한계 {2}보다 {1}배 작습니다. 수렴하지만 골짜기를 가로지르며 지그재그로 움직입니다.</translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: descent converges steadily.</source>
        <translation>{0}은(는) 안정 한계 {2}보다 {1}배 작습니다. 꾸준히 수렴합니다.</translation>
    </message>
    <message>
        <source>{0} is {1}x below the stable limit {2}: safe, but slow.</source>
        <translation>{0}은(는) 안정 한계 {2}보다 {1}배 작습니다. 안전하지만 느립니다.</translation>
    </message>
    <message>
        <source>With no intercept, standardising also changes the model: the best MSE is {0:.5g} raw and {1:.5g} standardised, since centred features cannot follow the mean of y.</source>
        <translation>절편이 없으면 표준화가 모델 자체도 바꿉니다. 가장 좋은 MSE는 원래 데이터에서 {0:.5g}, 표준화하면 {1:.5g}입니다. 중심을 옮긴 특성으로는 y의 평균을 따라갈 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>Standardising cannot help here: the features are collinear, so the valley stays flat however they are scaled.</source>
        <translation>여기서는 표준화가 도움이 되지 않습니다. 특성들이 공선 관계라서 크기를 어떻게 바꾸든 골짜기 바닥이 평평하게 남습니다.</translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) turns a long narrow valley into a rounder bowl; what narrowness remains comes from correlated features, which scaling cannot remove.</source>
        <translation>표준화(각 특성을 z-점수로 바꾸기)는 길고 좁은 골짜기를 더 둥근 그릇으로 바꿉니다. 남은 좁음은 특성 사이의 상관에서 오며, 크기 조정으로는 없앨 수 없습니다.</translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) turns a long narrow valley into a round bowl, so one learning rate suits every direction.</source>
        <translation>표준화(각 특성을 z-점수로 바꾸기)는 길고 좁은 골짜기를 둥근 그릇으로 바꿉니다. 그래서 학습률 하나가 모든 방향에 잘 맞습니다.</translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) changes little here: the valley is narrow because the features are correlated, not because of their scales.</source>
        <translation>여기서는 표준화(각 특성을 z-점수로 바꾸기)로 달라지는 것이 적습니다. 골짜기가 좁은 까닭은 특성의 크기가 아니라 특성 사이의 상관이기 때문입니다.</translation>
    </message>
    <message>
        <source>Standardising (z-scoring each feature) changes little here: the features already have similar scales, so the bowl is already nearly round.</source>
        <translation>여기서는 표준화(각 특성을 z-점수로 바꾸기)로 달라지는 것이 적습니다. 특성들의 크기가 이미 비슷해서 그릇이 거의 둥급니다.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batch descent</source>
        <translation>미니배치 경사 하강법</translation>
    </message>
    <message>
        <source>The optimum fits every row exactly (MSE ≈ 0), so every batch&apos;s gradient vanishes there: {0} at a constant rate can converge exactly, with no noise floor.</source>
        <translation>최적점이 모든 행을 정확히 맞추므로(MSE ≈ 0) 어떤 배치의 기울기도 거기서 0이 됩니다. 고정 학습률의 {0}도 잡음 바닥 없이 정확히 수렴할 수 있습니다.</translation>
    </message>
    <message>
        <source>Every batch holds all {0} rows, so each update follows the exact gradient: no noise floor.</source>
        <translation>모든 배치가 {0}행 전부를 담으므로 업데이트마다 정확한 기울기를 따릅니다. 잡음 바닥이 없습니다.</translation>
    </message>
    <message>
        <source>The optimum leaves residuals (MSE {0}), so a single batch&apos;s gradient does not vanish there: at a constant rate {1} never settles but hovers around the optimum, the closer the smaller the rate (a noise floor).</source>
        <translation>최적점에도 잔차가 남으므로(MSE {0}) 배치 하나의 기울기는 거기서 0이 되지 않습니다. 고정 학습률에서 {1}은(는) 자리 잡지 못하고 최적점 주위를 맴돌며, 학습률이 작을수록 더 가까이 맴돕니다(잡음 바닥).</translation>
    </message>
    <message>
        <source>Every feature is zero: the MSE is the same for all weights.</source>
        <translation>모든 특성이 0입니다. 어떤 가중치에서도 MSE가 같습니다.</translation>
    </message>
    <message>
        <source>The features are collinear (or one is all zeros), so the valley has a flat floor: a whole line of weights reaches the minimum MSE and the optimum is not unique. Shown is the minimum-norm optimum; descent stops at the point of that line nearest its start.</source>
        <translation>특성들이 공선 관계(또는 한 특성이 모두 0)라서 골짜기 바닥이 평평합니다. 가중치가 이루는 직선 전체가 최소 MSE에 닿으므로 최적점이 하나로 정해지지 않습니다. 여기에는 노름이 가장 작은 최적점을 보여 줍니다. 경사 하강법은 그 직선에서 시작점에 가장 가까운 점에 멈춥니다.</translation>
    </message>
    <message>
        <source>Minimum-norm optimum</source>
        <translation>최소 노름 최적점</translation>
    </message>
    <message>
        <source>Optimum</source>
        <translation>최적점</translation>
    </message>
    <message>
        <source>{0} (standardised)</source>
        <translation>{0} (표준화)</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>원래 값</translation>
    </message>
    <message>
        <source>{0} (an exact fit)</source>
        <translation>{0} (정확히 맞음)</translation>
    </message>
    <message>
        <source>MSE at optimum</source>
        <translation>최적점의 MSE</translation>
    </message>
    <message>
        <source>Hessian eigenvalues</source>
        <translation>헤세 행렬의 고윳값</translation>
    </message>
    <message>
        <source>Condition number</source>
        <translation>조건수</translation>
    </message>
    <message>
        <source>Stable batch rate</source>
        <translation>안정 배치 학습률</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>크기 조정</translation>
    </message>
    <message>
        <source>condition number {0} raw → {1} standardised (now {2})</source>
        <translation>조건수: 원래 {0} → 표준화 {1} (지금은 {2})</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>안장점</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>극댓값</translation>
    </message>
    <message>
        <source>{0} (lowest known)</source>
        <translation>{0} (찾은 것 중 가장 낮음)</translation>
    </message>
    <message>
        <source>w = ({0}, {1}), loss {2}, λ = {3}, {4}</source>
        <translation>w = ({0}, {1}), 손실 {2}, λ = {3}, {4}</translation>
    </message>
    <message>
        <source>The classes are linearly separable: there is no finite optimum. The loss tends to 0 as the weights grow without bound, so the run keeps going; that is not divergence.</source>
        <translation>두 클래스를 직선 하나로 완전히 나눌 수 있어서(선형 분리 가능) 유한한 최적점이 없습니다. 가중치가 한없이 커질수록 손실이 0에 가까워지므로 실행은 계속 나아갑니다. 이것은 발산이 아닙니다.</translation>
    </message>
    <message>
        <source>No critical point was found.</source>
        <translation>임계점을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Critical points found numerically (the gradient vanishes there); the Hessian&apos;s eigenvalues say which kind: both positive a minimum, both negative a maximum, one of each a saddle. Gradient descent finds a minimum near where it starts, not necessarily the lowest.</source>
        <translation>수치 계산으로 찾은 임계점(기울기가 0이 되는 점)입니다. 헤세 행렬의 고윳값을 보면 종류를 알 수 있습니다. 둘 다 양수면 최솟값, 둘 다 음수면 극댓값, 양수와 음수가 하나씩이면 안장점입니다. 경사 하강법은 시작점 근처의 최솟값을 찾을 뿐, 그것이 가장 낮은 최솟값이라는 보장은 없습니다.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Update log</source>
        <translation>업데이트 기록</translation>
    </message>
    <message>
        <source>Every update in the blog&apos;s format: update/total, weights and full-data MSE.</source>
        <translation>모든 업데이트를 블로그 형식으로 적습니다: 업데이트/전체, 가중치, 전체 데이터 MSE.</translation>
    </message>
    <message>
        <source>... {0} updates not shown ...</source>
        <translation>... 업데이트 {0}개 생략 ...</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <source>Loss curve</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <source>Full-data MSE after each update (solid) and the MSE of the batch each
update used (faint). The marker shows the best full-data MSE so far.
Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>업데이트마다의 전체 데이터 MSE(실선)와 그 업데이트가 쓴 배치의 MSE(흐린 선)입니다.
표시는 지금까지 가장 낮은 전체 데이터 MSE입니다.
드래그로 이동, 휠로 확대·축소, 오른쪽 클릭으로 더 많은 메뉴를 엽니다.</translation>
    </message>
    <message>
        <source>update</source>
        <translation>업데이트 번호</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>batch MSE</source>
        <translation>배치 MSE</translation>
    </message>
    <message>
        <source>full-data MSE</source>
        <translation>전체 데이터 MSE</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>지금까지 최저</translation>
    </message>
    <message>
        <source>{0} (selected run)</source>
        <translation>{0} (선택한 실행)</translation>
    </message>
    <message>
        <source>log-loss</source>
        <translation>로그 손실</translation>
    </message>
    <message>
        <source>full-data log-loss</source>
        <translation>전체 데이터 로그 손실</translation>
    </message>
    <message>
        <source>batch log-loss</source>
        <translation>배치 로그 손실</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>full-data loss</source>
        <translation>전체 데이터 손실</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <source>{0} after each update (solid) and the {1} each update used (faint).
The marker shows the best {0} so far.
Drag to pan, wheel to zoom, right-click for more.</source>
        <translation>업데이트마다의 {0}(실선)와 그 업데이트가 쓴 {1}(흐린 선)입니다.
표시는 지금까지 가장 낮은 {0}입니다.
드래그로 이동, 휠로 확대·축소, 오른쪽 클릭으로 더 많은 메뉴를 엽니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>{0}을(를) 열 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>File not written</source>
        <translation>파일을 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0}에 저장했습니다</translation>
    </message>
    <message>
        <source>Exported {0} records to {1}</source>
        <translation>기록 {0}개를 {1}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Experiments (*.json)</source>
        <translation>실험 파일 (*.json)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open experiment...</source>
        <translation>실험 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 실험 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;data (CSV)...</source>
        <translation>데이터 열기(CSV)(&amp;D)...</translation>
    </message>
    <message>
        <source>Fit your own table: choose a target and features.</source>
        <translation>직접 준비한 표에 맞춥니다. 타깃과 특성을 고르세요.</translation>
    </message>
    <message>
        <source>&amp;Save experiment as...</source>
        <translation>다른 이름으로 실험 저장(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Export records as CSV...</source>
        <translation>기록을 CSV로 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation>레이스(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add a run</source>
        <translation>실행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>A copy of the selected run, in a new colour.</source>
        <translation>선택한 실행을 새 색으로 복사합니다.</translation>
    </message>
    <message>
        <source>&amp;Remove the selected run</source>
        <translation>선택한 실행 지우기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>안내서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;About GD Desktop</source>
        <translation>GD Desktop 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About GD Desktop</source>
        <translation>GD Desktop 정보</translation>
    </message>
    <message>
        <source>GD Desktop</source>
        <translation>GD Desktop — 경사 하강법</translation>
    </message>
    <message>
        <source>Some saved settings could not be read; their defaults are used: {0}</source>
        <translation>저장된 설정 일부를 읽지 못해 기본값을 씁니다: {0}</translation>
    </message>
    <message>
        <source>Every run starts at w0 = {0:g}, w1 = {1:g}</source>
        <translation>모든 실행이 w0 = {0:g}, w1 = {1:g}에서 시작합니다</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>인사이트</translation>
    </message>
    <message>
        <source>This update</source>
        <translation>이번 업데이트</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>레이스</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Log colour</source>
        <translation>로그 색상</translation>
    </message>
    <message>
        <source>Colour the 3D surface and the contour map by log10(MSE): the MSE spans many orders of magnitude.</source>
        <translation>3D 곡면과 등고선 지도를 log10(MSE)로 칠합니다. MSE는 여러 자릿수에 걸쳐 있기 때문입니다.</translation>
    </message>
    <message>
        <source>Log MSE axis</source>
        <translation>MSE 로그 축</translation>
    </message>
    <message>
        <source>Show the MSE curve on a logarithmic axis.</source>
        <translation>MSE 곡선을 로그 축으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>화살표</translation>
    </message>
    <message>
        <source>Arrows at each run&apos;s current point in the contour view: white, the step
plain descent would take (-lr x full-data gradient); coloured, the update
the run actually made (momentum and adaptive rules differ from it).
All arrows share one scale, so their lengths compare.</source>
        <translation>등고선 보기에서 각 실행의 현재 위치에 화살표를 그립니다. 흰색은 기본 경사 하강법이
갈 스텝(-lr x 전체 데이터 기울기), 색깔 있는 것은 그 실행이 실제로 한 업데이트입니다
(모멘텀과 적응형 규칙은 서로 다릅니다).
모든 화살표는 같은 눈금을 쓰므로 길이를 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>-- the last experiment could not be read; the blog&apos;s batch run is loaded</source>
        <translation>-- 지난 실험을 읽지 못해 블로그의 배치 실행을 불러왔습니다</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>기본값으로 되돌리기(&amp;D)</translation>
    </message>
    <message>
        <source>Back to the factory state: window layout, view switches, speed, language and the blog&apos;s batch run.</source>
        <translation>처음 상태로 돌아갑니다: 창 배치, 보기 스위치, 속도, 언어, 그리고 블로그의 배치 실행.</translation>
    </message>
    <message>
        <source>the 3D surface</source>
        <translation>3D 곡면</translation>
    </message>
    <message>
        <source>the contour view</source>
        <translation>등고선 보기</translation>
    </message>
    <message>
        <source>the MSE curve</source>
        <translation>MSE 곡선</translation>
    </message>
    <message>
        <source>the data view</source>
        <translation>데이터 보기</translation>
    </message>
    <message>
        <source>Animation cancelled; nothing was written</source>
        <translation>애니메이션을 취소했습니다. 아무 파일도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>MP4 export</source>
        <translation>MP4 내보내기</translation>
    </message>
    <message>
        <source>MP4 export needs the imageio-ffmpeg package, which is not installed (pip install imageio-ffmpeg). Animated GIF export works without it.</source>
        <translation>MP4로 내보내려면 imageio-ffmpeg 패키지가 필요한데, 설치되어 있지 않습니다(pip install imageio-ffmpeg). 애니메이션 GIF 내보내기는 이 패키지 없이도 됩니다.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Records of every run (CSV)...</source>
        <translation>모든 실행의 기록(CSV)...</translation>
    </message>
    <message>
        <source>Picture of {0} (PNG)...</source>
        <translation>{0} 그림(PNG)...</translation>
    </message>
    <message>
        <source>Drawing of {0} (SVG)...</source>
        <translation>{0} 벡터 그림(SVG)...</translation>
    </message>
    <message>
        <source>Picture of the whole window (PNG)...</source>
        <translation>창 전체 그림(PNG)...</translation>
    </message>
    <message>
        <source>Animation (GIF)...</source>
        <translation>애니메이션(GIF)...</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>애니메이션 GIF (*.gif)</translation>
    </message>
    <message>
        <source>Animation (MP4)...</source>
        <translation>애니메이션(MP4)...</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 동영상 (*.mp4)</translation>
    </message>
    <message>
        <source>Log (text)...</source>
        <translation>업데이트 기록(텍스트)...</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>텍스트 파일 (*.txt)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{0} has a value of magnitude {1:.3g}; values up to {2:g} can be fitted</source>
        <translation>{0}에 크기가 {1:.3g}인 값이 있습니다. {2:g}까지의 값만 적합할 수 있습니다</translation>
    </message>
    <message>
        <source>the rows drawn have a value of magnitude {0:.3g}; values up to {1:g} can be fitted</source>
        <translation>뽑은 행에 크기가 {0:.3g}인 값이 있습니다. {1:g}까지의 값만 적합할 수 있습니다</translation>
    </message>
    <message>
        <source>the JSON is nested {0:,} levels deep; at most {1} levels are read</source>
        <translation>JSON이 {0:,}단계로 중첩되어 있습니다. 최대 {1}단계까지만 읽습니다</translation>
    </message>
    <message>
        <source>an integer of {0:,} digits; at most {1} digits are read</source>
        <translation>{0:,}자리 정수입니다. 최대 {1}자리까지만 읽습니다</translation>
    </message>
    <message>
        <source>{0:,} updates on {1:,} rows need about {2} (the records are kept in two processes), and {3} is free; shorten the budget</source>
        <translation>{1:,}행에서 {0:,}번 업데이트하려면 약 {2}가 필요한데(기록은 두 프로세스에 보관됩니다) 남은 메모리는 {3}입니다. 예산을 줄이세요</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text; save it as UTF-8 CSV</source>
        <translation>{0}은(는) UTF-16 텍스트입니다. UTF-8 CSV로 저장하세요</translation>
    </message>
    <message>
        <source>{0} cannot be saved: JSON holds finite numbers only</source>
        <translation>{0}을(를) 저장할 수 없습니다. JSON에는 유한한 수만 담을 수 있습니다</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> 외 {0}개</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text (line {1} has a byte that is not UTF-8); save it as UTF-8 CSV</source>
        <translation>{0}은(는) UTF-8 텍스트가 아닙니다({1}번째 줄에 UTF-8이 아닌 바이트가 있습니다). UTF-8 CSV로 저장하세요</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text; save it as UTF-8 CSV</source>
        <translation>{0}은(는) UTF-8 텍스트가 아닙니다. UTF-8 CSV로 저장하세요</translation>
    </message>
    <message>
        <source>skipped {0} row: {1}{2}</source>
        <translation>{0}개 행을 건너뜀: {1}{2}</translation>
    </message>
    <message>
        <source>skipped {0} rows: {1}{2}</source>
        <translation>{0}개 행을 건너뜀: {1}{2}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file</source>
        <translation>{0}은(는) 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{0} is not a text file (it contains NUL bytes)</source>
        <translation>{0}은(는) 텍스트 파일이 아닙니다(NUL 바이트가 들어 있습니다)</translation>
    </message>
    <message>
        <source>{0} is empty</source>
        <translation>{0}이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>{0} has only one row; at least 2 are needed</source>
        <translation>{0}에는 행이 하나뿐입니다. 적어도 2개가 필요합니다</translation>
    </message>
    <message>
        <source>{0} has only one row of data; at least 2 are needed</source>
        <translation>{0}에는 데이터 행이 하나뿐입니다. 적어도 2개가 필요합니다</translation>
    </message>
    <message>
        <source>{0} has no numeric column</source>
        <translation>{0}에 숫자 열이 없습니다</translation>
    </message>
    <message>
        <source>{0} has no column {1!r}; its columns are: {2}{3}</source>
        <translation>{0}에 {1!r} 열이 없습니다. 있는 열: {2}{3}</translation>
    </message>
    <message>
        <source>column {0!r} of {1} is not numeric; numeric columns: {2}</source>
        <translation>{1}의 {0!r} 열은 숫자가 아닙니다. 숫자 열: {2}</translation>
    </message>
    <message>
        <source>give two feature columns, or one feature column and an intercept</source>
        <translation>특성 열 두 개, 또는 특성 열 하나와 절편을 지정하세요</translation>
    </message>
    <message>
        <source>{0}: every row has a missing or non-numeric value in {1}</source>
        <translation>{0}: 모든 행의 {1}에 빈 값이나 숫자가 아닌 값이 있습니다</translation>
    </message>
    <message>
        <source>{0}: only 1 usable row; at least 2 are needed</source>
        <translation>{0}: 쓸 수 있는 행이 1개뿐입니다. 적어도 2개가 필요합니다</translation>
    </message>
    <message>
        <source>not enough memory to load {0}</source>
        <translation>{0}을(를) 불러올 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>{0} is too large for the available memory: about {1:,} rows need about {2}, and {3} is free</source>
        <translation>{0}은(는) 남은 메모리에 비해 너무 큽니다. 약 {1:,}행에 약 {2}가 필요한데 남은 메모리는 {3}입니다</translation>
    </message>
    <message>
        <source>the data source is {0!r}, not a CSV file</source>
        <translation>데이터 출처가 CSV 파일이 아니라 {0!r}입니다</translation>
    </message>
    <message>
        <source>no CSV file given</source>
        <translation>CSV 파일을 지정하지 않았습니다</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number within float range</source>
        <translation>부동소수점 범위 안의 수</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a list of two numbers</source>
        <translation>수 두 개의 목록</translation>
    </message>
    <message>
        <source>must be one of {0}, got {1!r}</source>
        <translation>{0} 중 하나여야 하는데 {1!r}입니다</translation>
    </message>
    <message>
        <source>must be one of {0}</source>
        <translation>{0} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>must be in {0}, got {1}</source>
        <translation>{0} 안에 있어야 하는데 {1}입니다</translation>
    </message>
    <message>
        <source>of momentum, 2(1+beta)/lambda_max,</source>
        <translation>(모멘텀의 한계 2(1+β)/λmax)</translation>
    </message>
    <message>
        <source>of Nesterov, 2(1+beta)/((1+2beta) lambda_max),</source>
        <translation>(네스테로프의 한계 2(1+β)/((1+2β) λmax))</translation>
    </message>
    <message>
        <source>the loss grew without bound with {0} at learning rate {1:.6g}; try a smaller rate</source>
        <translation>{0}의 학습률 {1:.6g}에서 손실이 끝없이 커졌습니다. 더 작은 학습률을 써 보세요</translation>
    </message>
    <message>
        <source>the loss grew without bound at learning rate {0:.6g}, {1:.3g} x the stable limit {2} = {3:.6g}; try a rate below {3:.6g}</source>
        <translation>학습률 {0:.6g}에서 손실이 끝없이 커졌습니다. 안정 한계 {2} = {3:.6g}의 {1:.3g}배입니다. {3:.6g}보다 작은 학습률을 써 보세요</translation>
    </message>
    <message>
        <source>{0:,} updates exceeds the cap of {1:,}: every update is recorded, so lower the budget, or raise the cap if you have the memory (about 72 bytes an update: --max-updates, or &quot;max_updates&quot; in an experiment file)</source>
        <translation>업데이트 {0:,}번은 상한 {1:,}번을 넘습니다. 모든 업데이트를 기록하므로 예산을 줄이거나, 메모리가 충분하면 상한을 올리세요(업데이트 하나에 약 72바이트. --max-updates, 또는 실험 파일의 &quot;max_updates&quot;)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos;은(는) 수가 아닙니다</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>유한한 수여야 합니다</translation>
    </message>
    <message>
        <source>must be greater than {0}</source>
        <translation>{0}보다 커야 합니다</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>{0} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>must be less than {0}</source>
        <translation>{0}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>{0} 이하여야 합니다</translation>
    </message>
    <message>
        <source>not valid JSON: {0} (line {1})</source>
        <translation>올바른 JSON이 아닙니다: {0} ({1}번째 줄)</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>객체가 와야 합니다</translation>
    </message>
    <message>
        <source>expected {0}, got {1!r}</source>
        <translation>{0}이(가) 와야 하는데 {1!r}입니다</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>알 수 없는 키입니다</translation>
    </message>
    <message>
        <source>must be between {0} and {1}, got {2}</source>
        <translation>{0}와(과) {1} 사이여야 하는데 {2}입니다</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0, got {0}</source>
        <translation>0보다 큰 유한한 수여야 하는데 {0}입니다</translation>
    </message>
    <message>
        <source>must be a finite number &gt;= 0, got {0}</source>
        <translation>0 이상의 유한한 수여야 하는데 {0}입니다</translation>
    </message>
    <message>
        <source>must be at least {0}, got {1}</source>
        <translation>{0} 이상이어야 하는데 {1}입니다</translation>
    </message>
    <message>
        <source>must be finite, got {0}</source>
        <translation>유한해야 하는데 {0}입니다</translation>
    </message>
    <message>
        <source>initial weights must be finite, got {0}</source>
        <translation>초기 가중치는 유한해야 하는데 {0}입니다</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 or null, got {0}</source>
        <translation>0보다 큰 유한한 수나 null이어야 하는데 {0}입니다</translation>
    </message>
    <message>
        <source>must be between 1 and the number of rows ({0}), got {1}</source>
        <translation>1과 행 수({0}) 사이여야 하는데 {1}입니다</translation>
    </message>
    <message>
        <source>names surface {0!r}, but the model is not a test surface</source>
        <translation>곡면 {0!r}을(를) 지정했지만 모델이 테스트 곡면이 아닙니다</translation>
    </message>
    <message>
        <source>gradient noise applies to test surfaces only</source>
        <translation>기울기 노이즈는 테스트 곡면에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>a test surface has no rows, so its method is full batch, not {0!r}</source>
        <translation>테스트 곡면에는 행이 없으므로 방법은 {0!r}이(가) 아니라 전체 배치입니다</translation>
    </message>
    <message>
        <source>a test surface takes no data file</source>
        <translation>테스트 곡면에는 데이터 파일을 쓰지 않습니다</translation>
    </message>
    <message>
        <source>a logistic regression target must be 0 or 1; {0} has {1}</source>
        <translation>로지스틱 회귀의 타깃은 0 또는 1이어야 하는데, {0}에 {1}이(가) 있습니다</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>타깃 열</translation>
    </message>
    <message>
        <source>a CSV source needs the file&apos;s path</source>
        <translation>CSV 출처에는 파일 경로가 필요합니다</translation>
    </message>
    <message>
        <source>a CSV source needs the target column</source>
        <translation>CSV 출처에는 타깃 열이 필요합니다</translation>
    </message>
    <message>
        <source>a CSV source needs a feature column</source>
        <translation>CSV 출처에는 특성 열이 필요합니다</translation>
    </message>
    <message>
        <source>give a second feature column, or set add_intercept</source>
        <translation>두 번째 특성 열을 지정하거나 add_intercept를 켜세요</translation>
    </message>
    <message>
        <source>a CSV source needs its dataset read first</source>
        <translation>CSV 출처는 먼저 데이터셋을 읽어야 합니다</translation>
    </message>
    <message>
        <source>a run sharing data must have the same data and seed</source>
        <translation>데이터를 공유하는 실행은 데이터와 시드가 같아야 합니다</translation>
    </message>
    <message>
        <source>the rate would fall to 0 before update {0:,}; raise it or shorten the budget</source>
        <translation>업데이트 {0:,}번 전에 학습률이 0으로 떨어집니다. 값을 올리거나 예산을 줄이세요</translation>
    </message>
    <message>
        <source>unknown preset {0!r}; known: {1}</source>
        <translation>알 수 없는 프리셋 {0!r}입니다. 있는 프리셋: {1}</translation>
    </message>
    <message>
        <source>expected a list of 1 to {0} runs</source>
        <translation>실행 1~{0}개의 목록이 와야 합니다</translation>
    </message>
    <message>
        <source>expected an object with a config</source>
        <translation>config가 든 객체가 와야 합니다</translation>
    </message>
    <message>
        <source>label must be text and color like #ff991a</source>
        <translation>label은 텍스트, color는 #ff991a 같은 색이어야 합니다</translation>
    </message>
    <message>
        <source>between 1 and {0} runs, got {1}</source>
        <translation>실행은 1~{0}개여야 하는데 {1}개입니다</translation>
    </message>
    <message>
        <source>{0} (run {1}): {2}</source>
        <translation>{0} (실행 {1}): {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Run {0}</source>
        <translation>실행 {0}</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <source>GD</source>
        <translation>GD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Left start</source>
        <translation>왼쪽 시작점</translation>
    </message>
    <message>
        <source>Right start</source>
        <translation>오른쪽 시작점</translation>
    </message>
    <message>
        <source>generated: y = {0:g} x0 + {1:g} x1</source>
        <translation>생성: y = {0:g} x0 + {1:g} x1</translation>
    </message>
    <message>
        <source>line fit: y = {0:g} x + {1:g}</source>
        <translation>직선 적합: y = {0:g} x + {1:g}</translation>
    </message>
    <message>
        <source>{0}: {1} ~ {2} ({3:,} rows)</source>
        <translation>{0}: {1} ~ {2} ({3:,}행)</translation>
    </message>
    <message>
        <source>two Gaussian classes, {0:g} deviations apart</source>
        <translation>표준편차의 {0:g}배만큼 떨어진 가우스 클래스 두 개</translation>
    </message>
    <message>
        <source>generated: y = {0:g} tanh({1:g} x)</source>
        <translation>생성: y = {0:g} tanh({1:g} x)</translation>
    </message>
    <message>
        <source> + noise (sigma {0:g})</source>
        <translation> + 노이즈 (σ {0:g})</translation>
    </message>
    <message>
        <source> + {0} outliers of size {1:g}</source>
        <translation> + 크기 {1:g}인 이상치 {0}개</translation>
    </message>
    <message>
        <source> (features standardised)</source>
        <translation> (특성 표준화)</translation>
    </message>
    <message>
        <source>{0:g} x limit</source>
        <translation>한계의 {0:g}배</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>파이프</translation>
    </message>
    <message>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>{0} is a {1}, not a regular file</source>
        <translation>{0}은(는) 일반 파일이 아니라 {1}입니다</translation>
    </message>
    <message>
        <source>{0} is too large: {1:,} bytes, and at most {2:,} are read</source>
        <translation>{0}이(가) 너무 큽니다: {1:,}바이트이며, 최대 {2:,}바이트까지만 읽습니다</translation>
    </message>
    <message>
        <source>could not write {0}: {1}; the previous file is unchanged</source>
        <translation>{0}을(를) 쓰지 못했습니다: {1}. 이전 파일은 그대로입니다</translation>
    </message>
    <message>
        <source>Open a CSV file first (File &gt; Open data).</source>
        <translation>먼저 CSV 파일을 여세요(파일 &gt; 데이터 열기).</translation>
    </message>
    <message>
        <source>the engine process stopped ({0}); press Reset to start again</source>
        <translation>계산 프로세스가 멈췄습니다({0}). 초기화를 눌러 다시 시작하세요</translation>
    </message>
    <message>
        <source>the engine process did not answer; press Reset to start again</source>
        <translation>계산 프로세스가 응답하지 않았습니다. 초기화를 눌러 다시 시작하세요</translation>
    </message>
    <message>
        <source>the engine process failed ({0}); press Reset to start again</source>
        <translation>계산 프로세스가 실패했습니다({0}). 초기화를 눌러 다시 시작하세요</translation>
    </message>
    <message>
        <source>computing in the window&apos;s process: {0}</source>
        <translation>창의 프로세스에서 계산합니다: {0}</translation>
    </message>
    <message>
        <source>the engine process was stuck (no sign of life for {0:g} s) and was stopped; press Reset to start again</source>
        <translation>계산 프로세스가 멈춰서({0:g}초 동안 응답 없음) 종료했습니다. 초기화를 눌러 다시 시작하세요</translation>
    </message>
</context>
<context>
    <name>MethodGroup</name>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Batch gradient descent</source>
        <translation>배치 경사 하강법</translation>
    </message>
    <message>
        <source>Stochastic (SGD, one row)</source>
        <translation>확률적 경사 하강법 (SGD, 한 행씩)</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <source>Batch: every update uses all rows (smooth, costly per update). SGD: one row per update (cheap, noisy). Mini-batch: B rows per update, in between.</source>
        <translation>배치: 업데이트마다 모든 행을 씁니다(매끄럽지만 업데이트 한 번이 비쌈). SGD: 업데이트마다 한 행을 씁니다(싸지만 흔들림). 미니배치: 업데이트마다 B개 행을 씁니다(그 중간).</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Rows per mini-batch. An epoch is one pass over the data: ceil(N / B) updates.</source>
        <translation>미니배치 하나의 행 수입니다. 에포크는 데이터를 한 번 다 도는 것으로, ceil(N / B)번의 업데이트입니다.</translation>
    </message>
    <message>
        <source>Batch size B</source>
        <translation>배치 크기 B</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>순서대로</translation>
    </message>
    <message>
        <source>Shuffled each epoch</source>
        <translation>에포크마다 섞기</translation>
    </message>
    <message>
        <source>Random, with replacement</source>
        <translation>무작위 복원 추출</translation>
    </message>
    <message>
        <source>Sampling order</source>
        <translation>추출 순서</translation>
    </message>
    <message>
        <source>In order: rows as stored (the blog&apos;s mini-batches). Shuffled: a new permutation each epoch, every row once. With replacement: each batch drawn at random (the blog&apos;s SGD).</source>
        <translation>순서대로: 저장된 순서 그대로(블로그의 미니배치). 섞기: 에포크마다 새로 섞어 모든 행을 한 번씩. 복원 추출: 배치마다 무작위로 뽑기(블로그의 SGD).</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <source>Drop the short last batch</source>
        <translation>짧은 마지막 배치 버리기</translation>
    </message>
    <message>
        <source>Drop last batch</source>
        <translation>마지막 배치 버리기</translation>
    </message>
    <message>
        <source>When N is not a multiple of B the last batch is smaller. The blog keeps it; dropping it makes every update use B rows.</source>
        <translation>N이 B의 배수가 아니면 마지막 배치가 더 작습니다. 블로그는 그대로 두고, 버리면 모든 업데이트가 B개 행을 씁니다.</translation>
    </message>
    <message>
        <source>Blog scaling (2/N)</source>
        <translation>블로그 방식 스케일링 (2/N)</translation>
    </message>
    <message>
        <source>Blog scaling</source>
        <translation>블로그 방식 스케일링</translation>
    </message>
    <message>
        <source>The blog&apos;s SGD multiplies a one-row gradient by 2/N instead of 2, so its effective learning rate is lr / N. Off: the standard per-batch scaling.</source>
        <translation>블로그의 SGD는 한 행의 기울기에 2 대신 2/N을 곱하므로 실제 학습률이 lr / N입니다. 끄면 보통의 배치별 스케일링을 씁니다.</translation>
    </message>
    <message>
        <source>A test surface has no rows, so its method is always full batch.</source>
        <translation>테스트 곡면에는 행이 없으므로 방법은 언제나 전체 배치입니다.</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Width x height in pixels, {0} to {1} each.</source>
        <translation>너비 x 높이(픽셀)로, 각각 {0}~{1}입니다.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>The whole window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>담을 내용</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>초당 프레임 수</translation>
    </message>
    <message>
        <source>The size must be like 1280x800, each side {0} to {1} pixels.</source>
        <translation>크기는 1280x800처럼 적어야 하며, 각 변은 {0}~{1}픽셀이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>Blog: batch gradient descent</source>
        <translation>블로그: 배치 경사 하강법</translation>
    </message>
    <message>
        <source>Blog: stochastic gradient descent</source>
        <translation>블로그: 확률적 경사 하강법</translation>
    </message>
    <message>
        <source>Blog: mini-batch gradient descent</source>
        <translation>블로그: 미니배치 경사 하강법</translation>
    </message>
</context>
<context>
    <name>PlaybackGroup</name>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Updates per second, from 1 to unlimited (far right). Changes apply at once.</source>
        <translation>초당 업데이트 수로, 1부터 무제한(맨 오른쪽)까지입니다. 바꾸면 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>{0:g} /s</source>
        <translation>초당 {0:g}회</translation>
    </message>
</context>
<context>
    <name>PresetGroup</name>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Ready-made experiments. The blog&apos;s three runs share one dataset (seed 0), so batch, stochastic and mini-batch descent compare fairly.</source>
        <translation>미리 만든 실험입니다. 블로그의 세 실행은 같은 데이터셋(시드 0)을 쓰므로 배치, 확률적, 미니배치 경사 하강법을 공정하게 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your own settings</source>
        <translation>직접 정한 설정</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>실험</translation>
    </message>
</context>
<context>
    <name>RaceNotes</name>
    <message>
        <source>All three runs start at (1.5, 0.000001), a hair off the ridge w1 = 0 that leads into the saddle at (0, 0). Plain descent slides down the ridge and waits at the saddle: across the ridge the gradient is -4 w1, so each update multiplies the tiny offset by only 1 + 4 x rate = 1.04, and growing from 10^-6 to 1 takes about 350 updates. Momentum keeps the speed it has gathered and Adam divides each gradient by its own running size, so the small sideways gradient gets a full step: both reach a minimum at (0, +-1) while plain descent is still next to the saddle. Plain descent escapes too, much later.</source>
        <translation>세 실행 모두 (1.5, 0.000001)에서 출발합니다. 안장점 (0, 0)으로 이어지는 능선 w1 = 0에서 아주 조금 벗어난 곳입니다. 일반 경사 하강법은 능선을 따라 내려가 안장점에서 머뭅니다. 능선을 가로지르는 방향의 기울기가 -4 w1이라서, 업데이트마다 작은 어긋남이 1 + 4 x 학습률 = 1.04배로만 커지고, 10^-6에서 1까지 자라려면 업데이트가 약 350번 필요합니다. 모멘텀은 모아 둔 속도를 유지하고 Adam은 각 기울기를 그 기울기의 이동 평균 크기로 나누므로, 작은 옆방향 기울기도 온전한 한 걸음이 됩니다. 그래서 일반 경사 하강법이 아직 안장점 옆에 있을 때 두 방법은 (0, +-1)의 최솟값에 도달합니다. 일반 경사 하강법도 훨씬 나중에는 빠져나옵니다.</translation>
    </message>
    <message>
        <source>Both runs use plain descent at the same rate; only the start differs. The left start rolls into the deep minimum near (-0.968, 0), loss -5.03; the right start, on the other side of the saddle near (0.120, 0), settles in the shallow minimum near (0.905, 0), loss -1.09, and stays there. Gradient descent finds a minimum, not the minimum: the insight tab lists both, and the distance column counts to the lowest.</source>
        <translation>두 실행 모두 같은 학습률의 일반 경사 하강법을 쓰고, 출발점만 다릅니다. 왼쪽 출발점은 (-0.968, 0) 근처의 깊은 최솟값(손실 -5.03)으로 굴러 내려갑니다. (0.120, 0) 근처 안장점의 반대편에 있는 오른쪽 출발점은 (0.905, 0) 근처의 얕은 최솟값(손실 -1.09)에 자리 잡고 그대로 머뭅니다. 경사 하강법은 가장 낮은 최솟값이 아니라 가까운 최솟값을 찾습니다. 인사이트 탭에 두 최솟값이 모두 나오고, 거리 열은 가장 낮은 최솟값까지의 거리입니다.</translation>
    </message>
    <message>
        <source>The valley floor w1 = w0^2 curves from the start (-1.2, 1) round to the minimum at (1, 1). Across the valley the loss is steep (curvature near 1000), along it almost flat (near 0.4), so a rate small enough to be stable across the valley makes plain descent crawl along it. Momentum gathers speed along the floor and Adam scales each weight&apos;s step by its own gradient&apos;s size: both reach (1, 1) within the budget while plain descent is still on its way.</source>
        <translation>골짜기 바닥 w1 = w0^2는 출발점 (-1.2, 1)에서 휘어져 (1, 1)의 최솟값까지 이어집니다. 골짜기를 가로지르는 방향으로는 손실이 가파르고(곡률 약 1000), 골짜기를 따라서는 거의 평평합니다(약 0.4). 그래서 가로 방향으로 안정적일 만큼 작은 학습률에서는 일반 경사 하강법이 골짜기를 따라 기어가듯 움직입니다. 모멘텀은 바닥을 따라 속도를 모으고, Adam은 각 가중치의 걸음을 그 가중치 기울기의 크기에 맞춥니다. 그래서 일반 경사 하강법이 아직 가는 중일 때 두 방법은 예산 안에 (1, 1)에 도달합니다.</translation>
    </message>
    <message>
        <source>A petal length of 2.5 cm separates setosa from versicolor perfectly, so no finite weights minimise the log-loss: moving further along the separating direction always lowers it. Watch the weights keep growing and the loss creep towards 0 without levelling off; the distance to the optimum shows &apos;-&apos; because there is none. This is not divergence: the loss falls at every update and the run stops at its budget.</source>
        <translation>꽃잎 길이 2.5 cm가 setosa와 versicolor를 완벽하게 나누므로, 로그 손실을 최소로 만드는 유한한 가중치가 없습니다. 나누는 방향으로 더 나아갈수록 손실은 언제나 낮아집니다. 가중치가 계속 커지고 손실이 평평해지지 않은 채 0을 향해 조금씩 줄어드는 것을 지켜보세요. 최적점이 없으므로 최적점까지의 거리는 &apos;-&apos;로 나옵니다. 이것은 발산이 아닙니다. 손실은 업데이트마다 줄어들고, 실행은 예산에 도달해 멈춥니다.</translation>
    </message>
</context>
<context>
    <name>RacePanel</name>
    <message>
        <source>Ready-made race</source>
        <translation>미리 만든 레이스</translation>
    </message>
    <message>
        <source>Ready-made race...</source>
        <translation>미리 만든 레이스...</translation>
    </message>
    <message>
        <source>Load a race that answers a question: replaces the runs below.</source>
        <translation>질문 하나에 답하는 레이스를 불러옵니다. 아래의 실행들을 바꿉니다.</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>실행 추가</translation>
    </message>
    <message>
        <source>Add a copy of the selected run in a new colour (up to {0}); then change its rule, batches or rate in the parameter panel.</source>
        <translation>선택한 실행을 새 색으로 복사해 추가합니다(최대 {0}개). 그다음 매개변수 패널에서 규칙, 배치, 학습률을 바꾸세요.</translation>
    </message>
    <message>
        <source>Remove run</source>
        <translation>실행 지우기</translation>
    </message>
    <message>
        <source>Remove the selected run from the race.</source>
        <translation>선택한 실행을 레이스에서 지웁니다.</translation>
    </message>
    <message>
        <source>Target MSE</source>
        <translation>목표 MSE</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>The MSE the &apos;To target&apos; column counts updates to. Empty: 1/1000 of the way from the start&apos;s MSE to the optimum&apos;s (above the optimum).</source>
        <translation>&apos;목표까지&apos; 열이 업데이트 수를 세는 기준 MSE입니다. 비워 두면 시작점의 MSE에서 최적점의 MSE까지 가는 길의 1/1000 지점(최적점보다 위)입니다.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Tick to show the run in every view; its colour there.</source>
        <translation>체크하면 모든 보기에 이 실행을 그립니다. 그때의 색입니다.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Update rule, and the schedule if not constant.</source>
        <translation>업데이트 규칙과, 고정이 아니면 학습률 스케줄입니다.</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>배치 구성</translation>
    </message>
    <message>
        <source>Which rows each update uses.</source>
        <translation>업데이트마다 어떤 행을 쓰는지입니다.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>현재 학습률</translation>
    </message>
    <message>
        <source>The learning rate in effect at the last update.</source>
        <translation>마지막 업데이트에서 쓴 학습률입니다.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Updates done.</source>
        <translation>마친 업데이트 수입니다.</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Full-data MSE after the last update.</source>
        <translation>마지막 업데이트 뒤의 전체 데이터 MSE입니다.</translation>
    </message>
    <message>
        <source>Best MSE</source>
        <translation>최저 MSE</translation>
    </message>
    <message>
        <source>Lowest full-data MSE so far.</source>
        <translation>지금까지 가장 낮은 전체 데이터 MSE입니다.</translation>
    </message>
    <message>
        <source>To target</source>
        <translation>목표까지</translation>
    </message>
    <message>
        <source>Updates until the MSE reached the target MSE (set above; by default 1/1000 of the way from the start&apos;s MSE to the optimum&apos;s); — if not yet.</source>
        <translation>MSE가 목표 MSE(위에서 정함. 기본값은 시작점의 MSE에서 최적점의 MSE까지 가는 길의 1/1000 지점)에 닿기까지 걸린 업데이트 수입니다. 아직이면 —.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Distance from the weights to the optimum.</source>
        <translation>가중치에서 최적점까지의 거리입니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>진행 상태</translation>
    </message>
    <message>
        <source>Running, finished, or diverged.</source>
        <translation>실행 중, 끝남, 또는 발산.</translation>
    </message>
    <message>
        <source>Race summary</source>
        <translation>레이스 요약</translation>
    </message>
    <message>
        <source>Runs race in lockstep on the same data: update k of every run is done before update k+1 of any. Select a run to edit it.</source>
        <translation>실행들이 같은 데이터에서 보조를 맞춰 진행합니다. 모든 실행의 k번째 업데이트가 끝나야 어느 실행이든 k+1번째로 넘어갑니다. 실행을 선택하면 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>The target MSE must be a number &gt;= 0, or empty (auto).</source>
        <translation>목표 MSE는 0 이상의 수이거나 비어 있어야(자동) 합니다.</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>전체 배치</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batch {0}</source>
        <translation>미니배치 {0}</translation>
    </message>
</context>
<context>
    <name>ReadoutPanel</name>
    <message>
        <source>Update</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Updates done of the budget.</source>
        <translation>예산 중 마친 업데이트 수입니다.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크 번호</translation>
    </message>
    <message>
        <source>Passes over the data (from 1).</source>
        <translation>데이터를 돈 횟수입니다(1부터).</translation>
    </message>
    <message>
        <source>w0</source>
        <translation>w0</translation>
    </message>
    <message>
        <source>Current first weight.</source>
        <translation>현재 첫 번째 가중치입니다.</translation>
    </message>
    <message>
        <source>w1</source>
        <translation>w1</translation>
    </message>
    <message>
        <source>Current second weight.</source>
        <translation>현재 두 번째 가중치입니다.</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
    <message>
        <source>Full-data MSE at the current weights.</source>
        <translation>현재 가중치에서의 전체 데이터 MSE입니다.</translation>
    </message>
    <message>
        <source>Best MSE</source>
        <translation>최저 MSE</translation>
    </message>
    <message>
        <source>Lowest full-data MSE so far, and the update that reached it.</source>
        <translation>지금까지 가장 낮은 전체 데이터 MSE와 그 값에 닿은 업데이트입니다.</translation>
    </message>
    <message>
        <source>To optimum</source>
        <translation>최적점까지</translation>
    </message>
    <message>
        <source>Euclidean distance from the current weights to the least-squares optimum.</source>
        <translation>현재 가중치에서 최소 제곱 최적점까지의 유클리드 거리입니다.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>ready, running, paused, finished or diverged</source>
        <translation>준비됨, 실행 중, 일시 정지, 끝남, 발산 중 하나</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>가까운 점</translation>
    </message>
    <message>
        <source>The known minimum (or saddle) the current weights are near, if any.</source>
        <translation>현재 가중치가 가까이 있는 알려진 최솟값(또는 안장점)입니다. 없으면 &apos;-&apos;입니다.</translation>
    </message>
    <message>
        <source>{0} @{1}</source>
        <translation>{0} @{1}</translation>
    </message>
    <message>
        <source>Log-loss</source>
        <translation>로그 손실값</translation>
    </message>
    <message>
        <source>Full-data mean log-loss at the current weights.</source>
        <translation>현재 가중치에서의 전체 데이터 평균 로그 손실입니다.</translation>
    </message>
    <message>
        <source>Best log-loss</source>
        <translation>최저 로그 손실</translation>
    </message>
    <message>
        <source>Lowest full-data log-loss so far, and the update that reached it.</source>
        <translation>지금까지 가장 낮은 전체 데이터 로그 손실과 그 값에 닿은 업데이트입니다.</translation>
    </message>
    <message>
        <source>Euclidean distance from the current weights to the lowest known minimum.</source>
        <translation>현재 가중치에서 알려진 가장 낮은 최솟값까지의 유클리드 거리입니다.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실값</translation>
    </message>
    <message>
        <source>Full-data loss at the current weights.</source>
        <translation>현재 가중치에서의 전체 데이터 손실입니다.</translation>
    </message>
    <message>
        <source>Best loss</source>
        <translation>최저 손실</translation>
    </message>
    <message>
        <source>Lowest full-data loss so far, and the update that reached it.</source>
        <translation>지금까지 가장 낮은 전체 데이터 손실과 그 값에 닿은 업데이트입니다.</translation>
    </message>
    <message>
        <source>a maximum (not a minimum)</source>
        <translation>극댓값 (최솟값이 아님)</translation>
    </message>
    <message>
        <source>a saddle point (not a minimum)</source>
        <translation>안장점 (최솟값이 아님)</translation>
    </message>
    <message>
        <source>the minimum (the only one known)</source>
        <translation>최솟값 (알려진 유일한 최솟값)</translation>
    </message>
    <message>
        <source>minimum {0} of {1} (the lowest)</source>
        <translation>최솟값 {1}개 중 {0}번 (가장 낮음)</translation>
    </message>
    <message>
        <source>minimum {0} of {1}: a local minimum, not the lowest</source>
        <translation>최솟값 {1}개 중 {0}번: 가장 낮지 않은 국소 최솟값</translation>
    </message>
    <message>
        <source>minimum {0} of {1} (not the lowest)</source>
        <translation>최솟값 {1}개 중 {0}번 (가장 낮지 않음)</translation>
    </message>
</context>
<context>
    <name>ReadyRaces</name>
    <message>
        <source>Batch vs SGD vs mini-batch (blog)</source>
        <translation>배치 vs SGD vs 미니배치 (블로그)</translation>
    </message>
    <message>
        <source>GD vs Momentum vs Adam</source>
        <translation>GD vs 모멘텀 vs Adam</translation>
    </message>
    <message>
        <source>Learning-rate sweep (0.5x, 1x, 1.5x the limit)</source>
        <translation>학습률 바꿔 보기 (한계의 0.5배, 1배, 1.5배)</translation>
    </message>
    <message>
        <source>Saddle: GD vs Momentum vs Adam</source>
        <translation>안장점: GD vs 모멘텀 vs Adam</translation>
    </message>
    <message>
        <source>Two minima: where you start decides</source>
        <translation>최솟값 두 개: 시작점이 결과를 정합니다</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s valley</source>
        <translation>Rosenbrock 골짜기</translation>
    </message>
    <message>
        <source>Separable classes: no finite optimum</source>
        <translation>분리 가능한 클래스: 유한한 최적점 없음</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent experiments</source>
        <translation>최근 실험이 없습니다</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>목록 지우기</translation>
    </message>
</context>
<context>
    <name>RuleGroup</name>
    <message>
        <source>Update rule</source>
        <translation>업데이트 규칙</translation>
    </message>
    <message>
        <source>How the gradient becomes a step. Every rule works with every batch scheme; the forms are those of PyTorch&apos;s torch.optim.</source>
        <translation>기울기가 어떻게 한 스텝이 되는지 정합니다. 모든 규칙은 어떤 배치 방식과도 함께 쓸 수 있으며, 식은 PyTorch의 torch.optim과 같은 형태입니다.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Momentum beta</source>
        <translation>모멘텀 β</translation>
    </message>
    <message>
        <source>How much velocity is kept each update, in [0, 1). 0 is plain descent; 0.9 is usual. The step can grow to lr/(1-beta) times the gradient.</source>
        <translation>업데이트마다 속도를 얼마나 남길지로, [0, 1) 범위입니다. 0이면 기본 경사 하강법이고 보통 0.9를 씁니다. 스텝은 기울기의 lr/(1-β)배까지 커질 수 있습니다.</translation>
    </message>
    <message>
        <source>β (momentum)</source>
        <translation>β (모멘텀)</translation>
    </message>
    <message>
        <source>RMSProp rho</source>
        <translation>RMSProp ρ</translation>
    </message>
    <message>
        <source>Decay of the average of squared gradients, in [0, 1); 0.99 is PyTorch&apos;s default (its alpha).</source>
        <translation>기울기 제곱 평균의 감쇠율로, [0, 1) 범위입니다. 0.99가 PyTorch의 기본값(alpha)입니다.</translation>
    </message>
    <message>
        <source>ρ (decay)</source>
        <translation>ρ (감쇠)</translation>
    </message>
    <message>
        <source>Adam beta1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s average of gradients (its momentum), in [0, 1); 0.9 usual.</source>
        <translation>Adam의 기울기 평균(모멘텀)의 감쇠율로, [0, 1) 범위입니다. 보통 0.9입니다.</translation>
    </message>
    <message>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <source>Adam beta2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Decay of Adam&apos;s average of squared gradients, in [0, 1); 0.999 usual.</source>
        <translation>Adam의 기울기 제곱 평균의 감쇠율로, [0, 1) 범위입니다. 보통 0.999입니다.</translation>
    </message>
    <message>
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>엡실론 ε</translation>
    </message>
    <message>
        <source>Added after the square root so a zero gradient does not divide by zero; must be &gt; 0. 1e-8 is usual.</source>
        <translation>기울기가 0일 때 0으로 나누지 않도록 제곱근 뒤에 더하는 값으로, 0보다 커야 합니다. 보통 1e-8입니다.</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Bias correction</source>
        <translation>편향 보정</translation>
    </message>
    <message>
        <source>Adam&apos;s averages start at 0, so early on they are too small; dividing by 1 - beta^t corrects that. Off: the first steps are much shorter.</source>
        <translation>Adam의 평균은 0에서 시작하므로 처음에는 너무 작습니다. 1 - β^t로 나누어 이를 바로잡습니다. 끄면 처음 몇 스텝이 훨씬 짧아집니다.</translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run the descent at the playback speed; press again to pause.</source>
        <translation>재생 속도로 경사 하강을 실행합니다. 다시 누르면 일시 정지합니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>Do one update and show what it did.</source>
        <translation>업데이트를 한 번 하고 무엇을 했는지 보여 줍니다.</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>에포크 진행</translation>
    </message>
    <message>
        <source>Do the updates left in this epoch (one pass over the data).</source>
        <translation>이번 에포크(데이터 한 바퀴)에 남은 업데이트를 합니다.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <source>Back to the initial weights; the same seed gives the same run again.</source>
        <translation>초기 가중치로 돌아갑니다. 시드가 같으면 똑같은 실행이 다시 나옵니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Engel: food spending against income (Belgium, 1850s)</source>
        <translation>Engel: 소득에 따른 식료품 지출 (벨기에, 1850년대)</translation>
    </message>
    <message>
        <source>Iris: petal width against petal length</source>
        <translation>붓꽃(Iris): 꽃잎 길이에 따른 꽃잎 너비</translation>
    </message>
    <message>
        <source>Stack loss: ammonia lost against air flow (21 days)</source>
        <translation>Stack loss: 공기 흐름에 따른 암모니아 손실 (21일)</translation>
    </message>
    <message>
        <source>Grunfeld: firm investment against market value and capital</source>
        <translation>Grunfeld: 시장 가치와 자본에 따른 기업 투자</translation>
    </message>
    <message>
        <source>235 Belgian working-class households: yearly food spending against yearly income in francs; income is in the hundreds to thousands, so without standardising the loss valley is extremely long and narrow.</source>
        <translation>벨기에 노동자 가구 235곳의 연간 소득에 따른 연간 식료품 지출(프랑)입니다. 소득이 수백에서 수천이라 표준화하지 않으면 손실 골짜기가 아주 길고 좁습니다.</translation>
    </message>
    <message>
        <source>150 iris flowers measured in centimetres: petal width is close to a straight line in petal length, a clean, well-conditioned line fit.</source>
        <translation>센티미터로 잰 붓꽃 150송이입니다. 꽃잎 너비가 꽃잎 길이에 대해 거의 직선이라 깔끔하고 조건이 좋은 직선 적합입니다.</translation>
    </message>
    <message>
        <source>21 days of a nitric-acid plant: ammonia lost up the stack against the plant&apos;s air flow, a small line fit whose every row fits in the equation panel.</source>
        <translation>질산 공장의 21일 기록으로, 공장의 공기 흐름에 따라 굴뚝으로 빠져나간 암모니아입니다. 모든 행이 업데이트 식 패널에 들어가는 작은 직선 적합입니다.</translation>
    </message>
    <message>
        <source>11 US firms over 1935-1954 (220 rows): gross investment as a mix of the firm&apos;s market value and its capital stock, two features on different scales, no intercept.</source>
        <translation>미국 기업 11곳의 1935-1954년 기록(220행)입니다. 총투자를 기업의 시장 가치와 자본 스톡의 조합으로 봅니다. 크기가 다른 두 특성, 절편 없음.</translation>
    </message>
</context>
<context>
    <name>ScheduleGroup</name>
    <message>
        <source>Learning-rate schedule</source>
        <translation>학습률 스케줄</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <source>How the learning rate changes with the update index k. The first update always uses the rate set above; the rate in effect is in every record.</source>
        <translation>업데이트 번호 k에 따라 학습률이 어떻게 바뀌는지 정합니다. 첫 업데이트는 항상 위에서 정한 학습률을 쓰며, 실제로 쓴 학습률은 모든 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Step size</source>
        <translation>스텝 간격</translation>
    </message>
    <message>
        <source>Updates between two drops of a step decay (S).</source>
        <translation>계단식 감소에서 두 번 줄어드는 사이의 업데이트 수(S)입니다.</translation>
    </message>
    <message>
        <source>Every S updates</source>
        <translation>S번 업데이트마다</translation>
    </message>
    <message>
        <source>Step decay factor</source>
        <translation>계단식 감소 비율</translation>
    </message>
    <message>
        <source>The rate is multiplied by gamma every S updates; in (0, 1].</source>
        <translation>S번 업데이트마다 학습률에 γ를 곱합니다. (0, 1] 범위입니다.</translation>
    </message>
    <message>
        <source>γ (factor)</source>
        <translation>γ (비율)</translation>
    </message>
    <message>
        <source>Exponential decay factor</source>
        <translation>지수 감소 비율</translation>
    </message>
    <message>
        <source>The rate is multiplied by gamma every update; in (0, 1]. 0.99 halves it in about 69 updates.</source>
        <translation>업데이트마다 학습률에 γ를 곱합니다. (0, 1] 범위입니다. 0.99이면 약 69번 만에 절반이 됩니다.</translation>
    </message>
    <message>
        <source>γ (per update)</source>
        <translation>γ (업데이트마다)</translation>
    </message>
    <message>
        <source>Inverse-time decay</source>
        <translation>역시간 감소율</translation>
    </message>
    <message>
        <source>lr / (1 + d (k-1)): the rate halves after 1/d updates; d &gt;= 0.</source>
        <translation>lr / (1 + d (k-1)): 1/d번 업데이트 뒤 학습률이 절반이 됩니다. d &gt;= 0.</translation>
    </message>
    <message>
        <source>d (decay)</source>
        <translation>d (감쇠)</translation>
    </message>
    <message>
        <source>Cosine floor</source>
        <translation>코사인 하한</translation>
    </message>
    <message>
        <source>The cosine falls from lr towards m x lr at the end of the budget; m in [0, 1].</source>
        <translation>코사인 곡선을 따라 lr에서 예산이 끝날 때 m x lr까지 내려갑니다. m은 [0, 1] 범위입니다.</translation>
    </message>
    <message>
        <source>m (floor)</source>
        <translation>m (하한)</translation>
    </message>
    <message>
        <source>Schedule plot</source>
        <translation>스케줄 그래프</translation>
    </message>
    <message>
        <source>The learning rate of every update over the budget.</source>
        <translation>예산 전체에 걸친 업데이트마다의 학습률입니다.</translation>
    </message>
</context>
<context>
    <name>SessionPresenter</name>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>불러오는 중</translation>
    </message>
    <message>
        <source>engine stopped</source>
        <translation>계산 멈춤</translation>
    </message>
    <message>
        <source>-- new race of {0} runs: {1}; the log follows {2}</source>
        <translation>-- 실행 {0}개의 새 레이스: {1}. 기록은 {2}을(를) 따라갑니다</translation>
    </message>
    <message>
        <source>-- new run: {0}; {1} updates; optimum w0 = {2:.7g}, w1 = {3:.7g}</source>
        <translation>-- 새 실행: {0}. 업데이트 {1}번. 최적점 w0 = {2:.7g}, w1 = {3:.7g}</translation>
    </message>
    <message>
        <source>-- new run: {0}; {1} updates; no finite optimum</source>
        <translation>-- 새 실행: {0}. 업데이트 {1}번. 유한한 최적점 없음</translation>
    </message>
    <message>
        <source>Diverged: {0}.</source>
        <translation>발산했습니다: {0}.</translation>
    </message>
    <message>
        <source>-- diverged: {0}</source>
        <translation>-- 발산: {0}</translation>
    </message>
    <message>
        <source>-- finished: {0}</source>
        <translation>-- 끝남: {0}</translation>
    </message>
    <message>
        <source>-- {0} diverged: {1}</source>
        <translation>-- {0} 발산: {1}</translation>
    </message>
    <message>
        <source>{0} diverged: {1}.</source>
        <translation>{0}이(가) 발산했습니다: {1}.</translation>
    </message>
    <message>
        <source>Diverged: {0}. The last, {1}: {2}.</source>
        <translation>발산했습니다: {0}. 마지막으로 발산한 {1}: {2}.</translation>
    </message>
    <message>
        <source>-- {0}: learning rate {1:.6g} from update {2}</source>
        <translation>-- {0}: 업데이트 {2}부터 학습률 {1:.6g}</translation>
    </message>
    <message>
        <source>loss drawn from {0:,} of {1:,} rows</source>
        <translation>{1:,}개 행 중 {0:,}개로 그린 손실</translation>
    </message>
    <message>
        <source>test surface {0}</source>
        <translation>테스트 곡면 {0}</translation>
    </message>
    <message>
        <source>-- {0}</source>
        <translation>-- {0}</translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation>적용하지 않았습니다: {0}</translation>
    </message>
    <message>
        <source>-- showing {0}</source>
        <translation>-- {0} 보는 중</translation>
    </message>
</context>
<context>
    <name>SurfacePlaceholder</name>
    <message>
        <source>Loss surface, 3D (unavailable)</source>
        <translation>3D 손실 곡면 (사용할 수 없음)</translation>
    </message>
    <message>
        <source>3D view unavailable: {reason}. The contour and loss views still work.</source>
        <translation>3D 보기를 쓸 수 없습니다: {reason}. 등고선 보기와 손실 보기는 그대로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The 3D surface needs desktop OpenGL 2.1 or newer.</source>
        <translation>3D 곡면에는 데스크톱 OpenGL 2.1 이상이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Loss surface, 3D</source>
        <translation>3D 손실 곡면</translation>
    </message>
    <message>
        <source>w0</source>
        <translation>w0</translation>
    </message>
    <message>
        <source>w1</source>
        <translation>w1</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <source>Show the update before this one (the records stay).</source>
        <translation>이 업데이트 바로 앞의 업데이트를 보여 줍니다(기록은 그대로 남습니다).</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <source>Show the next recorded update.</source>
        <translation>기록된 다음 업데이트를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Drag to show any recorded update in every view; dragging pauses a run.</source>
        <translation>끌어서 기록된 어느 업데이트든 모든 보기에 보여 줍니다. 끌면 실행이 일시 정지됩니다.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Follow new records as they arrive.</source>
        <translation>새 기록이 들어오는 대로 따라갑니다.</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>여기서부터 계속</translation>
    </message>
    <message>
        <source>Continue from update {0}? The {1} later records are discarded and the run goes on from this update, exactly as a fresh run would.</source>
        <translation>업데이트 {0}부터 계속할까요? 그 뒤의 기록 {1}개는 버리고, 처음부터 새로 실행한 것과 똑같이 이 업데이트에서부터 실행을 이어 갑니다.</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>다시 묻지 않기</translation>
    </message>
    <message>
        <source>update {0:,} of {1:,}</source>
        <translation>업데이트 {0:,} / {1:,}</translation>
    </message>
</context>
<context>
    <name>UpdateRules</name>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>네스테로프</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Steps straight down the gradient, by the learning rate times its length.
Slow along shallow directions; diverges above 2/λmax.</source>
        <translation>기울기 방향으로 곧장 내려가며, 스텝은 학습률 곱하기 기울기의 길이입니다.
완만한 방향으로는 느리고, 2/λmax보다 크면 발산합니다.</translation>
    </message>
    <message>
        <source>A heavy ball: the velocity keeps a decaying sum of past gradients,
so steps grow along consistent directions and zig-zags cancel.</source>
        <translation>무거운 공: 속도가 지난 기울기를 점점 잊으며 더해 두므로
같은 방향으로는 스텝이 커지고 지그재그는 서로 상쇄됩니다.</translation>
    </message>
    <message>
        <source>Momentum with a look-ahead: the step adds beta times the new velocity
to the gradient, which damps overshooting.</source>
        <translation>앞을 내다보는 모멘텀: 스텝이 기울기에 새 속도의 β배를 더하므로
지나치게 넘어가는 것이 줄어듭니다.</translation>
    </message>
    <message>
        <source>Divides each coordinate by the root of its summed squared gradients:
steep coordinates slow down first, and every step keeps shrinking.</source>
        <translation>좌표마다 누적된 기울기 제곱합의 제곱근으로 나눕니다.
가파른 좌표가 먼저 느려지고, 스텝은 계속 작아집니다.</translation>
    </message>
    <message>
        <source>Like AdaGrad with a decaying average of squares, so the step size
stays about lr per coordinate instead of shrinking for ever.</source>
        <translation>AdaGrad와 같지만 제곱의 평균이 점점 잊히므로, 스텝 크기가
한없이 줄지 않고 좌표마다 lr 정도로 유지됩니다.</translation>
    </message>
    <message>
        <source>Momentum on the gradient and RMSProp on its square, bias-corrected:
each coordinate steps about lr, whatever the scale of its gradient.</source>
        <translation>기울기에는 모멘텀, 그 제곱에는 RMSProp을 쓰고 편향을 보정합니다.
기울기의 크기와 상관없이 좌표마다 lr 정도씩 움직입니다.</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>계단식 감소</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>지수 감소</translation>
    </message>
    <message>
        <source>Inverse time</source>
        <translation>역시간 감소</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
</context>
</TS>
