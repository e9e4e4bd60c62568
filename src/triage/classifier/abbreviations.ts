import { CJK_CHAR } from '../script';
/**
 * The abbreviations, product names and synonyms FMs and partners write, in the six languages, each
 * folded into one canonical concept token ("OD4B", "ODfB" and "OneDrive" all become #onedrive;
 * "outage", "Ausfall", "中断", "障害" all become #outage). The classifier learns what a concept says
 * about the L2s from the examples of every language, so a word seen only in German examples still
 * helps classify an English note that uses its English synonym.
 *
 * Latin patterns are words separated by spaces, matched on lower case without accents:
 * `word` whole word, `word*` prefix, `*word` suffix (the tail of a German compound), `*word*`
 * anywhere in the word, `=Word` whole word in exactly this case ("IT" is not "it").
 * Patterns with CJK characters match anywhere in a CJK run (no spaces between words there).
 */
// One concept per line, as the table it is.
// prettier-ignore
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // Negation, so "not trained" and "nicht geschult" meet.
  not: ['not', 'cannot', "can't", 'cant', "don't", 'dont', "doesn't", 'doesnt', "isn't", 'isnt', "won't", 'wont', "aren't", "haven't", "hasn't", "didn't", "wasn't", "couldn't", 'never', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'não', 'nunca', 'nem', '无法', '不能', '没有', 'できない', 'ていない'],

  // Workloads and products.
  m365apps: ['m365 apps', 'microsoft 365 apps', 'office 365 apps', 'o365 apps', 'office proplus', 'office 365 proplus', 'o365 proplus', 'proplus', 'opp', 'click to run', 'click-to-run', 'c2r', 'm365apps', 'office apps', 'office-apps'],
  m365: ['m365', 'o365', 'office 365', 'office365', 'microsoft 365', 'ms365', 'ms 365', 'msft 365'],
  onedrive: ['onedrive', 'one drive', 'od4b', 'odfb', 'odb', 'od', 'onedrive for business'],
  sharepoint: ['sharepoint', 'sharepoint online', 'spo', 'sp online', 'spol'],
  exchange: ['exchange', 'exchange online', 'exo', 'exol'],
  teams: ['=Teams', 'ms teams', 'microsoft teams', 'msteams', 'teams rollout'],
  intune: ['intune', 'sccm', 'configmgr', 'mecm', 'mdm', 'autopilot', 'co-management', 'comanagement', 'wsus', 'gpo', 'gpos', 'group policy', 'group policies', 'gruppenrichtlinie*', '组策略', 'グループポリシー'],
  windows: ['windows', 'win10', 'w10', 'win 10', 'win11', 'w11', 'win 11', 'win7', 'w7', 'win 7', 'windows 10', 'windows 11', 'windows 7', 'windows10', 'windows11'],
  ie: ['ie', 'ie11', 'ie 11', 'internet explorer', 'ie mode', 'ie-modus', 'activex'],
  browser: ['browser*', '*browser', 'navegador*', 'edge', 'chrome', 'firefox', '浏览器', 'ブラウザ'],
  mail: ['mail', 'mails', 'email*', 'e-mail*', 'mailbox*', 'postfach', 'postfächer', '*postfach', 'caixa de correio', 'buzón*', 'correo*', '邮箱', '邮件', 'メール', 'メールボックス'],
  voice: ['teams phone', 'teams voice', 'voice', 'telephony', 'telefon*', 'pbx', 'direct routing', 'calling', '电话', '通話', '電話'],
  deploy: ['deploy*', 'rollout*', 'roll out', 'roll-out', 'rolling out', 'bereitstell*', 'ausroll*', 'einführ*', 'implant*', 'implement*', 'despliegue*', 'desplegar', '部署', '上线', '推广', '展開', '導入', '展开'],
  migration: ['migrat*', 'migrier*', 'migraç*', 'migrac*', 'migrar', '迁移', '移行'],
  cloud: ['cloud*', '*cloud', 'nube', 'nuvem', 'saas', '云端', '云服务', 'クラウド'],

  // Customer infrastructure.
  ad: ['ad', 'active directory', 'active directories', 'adds', 'domain controller*', 'domänencontroller*', 'dc', 'dcs', 'forest', 'forests', 'gesamtstruktur*', '域控', '活动目录', 'フォレスト', 'ドメインコントローラ'],
  entra: ['aad', 'azure ad', 'azuread', 'entra', 'entra id', 'aad connect', 'azure ad connect', 'entra connect', 'aadc', 'dirsync'],
  adfs: ['adfs', 'federation', 'federated', 'föderation', 'federação', 'federación', '联合身份'],
  network: ['network*', '*netzwerk*', 'netz', 'rede', 'redes', 'la red', 'de red', 'wan', 'lan', 'mpls', 'sd-wan', 'sdwan', 'wifi', 'wi-fi', 'wlan', 'circuit*', 'internet breakout', 'breakout', 'egress', '网络', '专线', '出口', 'ネットワーク', '回線'],
  bandwidth: ['bandwidth', 'bandwith', 'bandwidths', '*bandbreite*', 'largura de banda', 'ancho de banda', 'mbit*', 'mbps', 'gbit*', '带宽', '帯域'],
  vpn: ['vpn', 'vpns', 'split tunnel*', 'split-tunnel*', 'force tunnel*', 'forced tunnel*', '虚拟专用网络', '分离隧道'],
  firewall: ['firewall*', '*firewall', 'proxy', 'proxies', 'proxys', '*proxy', 'ssl inspection', 'ssl-inspection', 'tls inspection', 'pac', 'cortafuegos', '防火墙', '代理', 'ファイアウォール', 'プロキシ'],
  dns: ['dns', 'autodiscover', 'mx record*', 'smtp relay', 'smtp'],
  hardware: ['hardware*', '*hardware', 'device*', 'laptop*', 'notebook*', 'pc', 'pcs', 'desktop*', 'thin client*', 'gerät*', '*geräte', 'dispositivo*', 'equipamento*', 'servidor*', 'server', 'servers', '硬件', '设备', '终端', '笔记本', 'デバイス', 'ハードウェア', '端末', 'サーバー'],
  vdi: ['vdi', 'citrix', 'avd', 'wvd', 'virtual desktop*', 'terminal server*', 'terminalserver*', 'xenapp', 'rds', '虚拟桌面', '仮想デスクトップ'],
  hybrid: ['hybrid*', '*hybrid', 'hibrid*', 'híbrid*', 'coexistence', 'koexistenz', '混合', 'ハイブリッド'],
  onprem: ['on-prem*', 'onprem*', 'on prem', 'on premise*', 'on-premise*', 'datacenter*', 'datacentre*', 'rechenzentrum', 'rz', '本地', '机房', 'オンプレ'],
  upgrade: ['upgrade*', '*upgrade', 'update*', '*update', 'aktualisier*', 'atualiz*', 'actualiz*', 'refresh', 'patch*', '升级', '更新', 'アップグレード', 'アップデート'],
  legacy: ['legacy', 'outdated', 'old', 'older', 'veraltet*', 'alte', 'alten', 'alter', 'antigo*', 'antigu*', 'obsolet*', 'desatualizad*', 'end of support', 'out of support', 'eol', '旧', '老旧', '过旧', '太旧', '古い', 'サポート切れ'],
  image: ['image', 'images', 'imaging', 'abbild', 'abbilder', 'imagem', 'imagen', '镜像', 'イメージ'],
  package: ['packag*', 'paketier*', 'paket*', 'pacote*', 'empaquet*', 'paquete*', 'msi', 'installer*', 'installation*', 'instalação', 'instalación', '打包', '安装包', 'パッケージ'],
  config: ['config*', 'konfigur*', 'configura*', 'setting*', 'einstellung*', 'setup', '配置', '设置', '構成', '設定'],
  channel: ['update channel', 'semi-annual', 'semi annual', 'current channel', 'monthly enterprise channel', 'monthly channel', 'sac', 'kanal*', '*kanal', '通道', 'チャネル'],
  compatible: ['compatib*', 'kompatib*', 'incompatib*', 'inkompatib*', 'compatív*', 'compatível', 'compatíveis', '兼容', '互換'],
  unsupported: ['unsupported', 'not supported', "isn't supported", 'does not support', "doesn't support", 'nicht unterstützt', 'nicht unterstutzt', 'unterstützt nicht', 'unterstützt kein*', 'não suporta', 'não é suportad*', 'no soporta', 'no es compatible', '不支持', 'サポートされ'],

  // Identity.
  upn: ['upn', 'upns', 'user principal name*', 'samaccountname', 'upn suffix*'],
  sso: ['sso', 'single sign*', 'single-sign*', 'kerberos', 'saml', '单点登录', 'シングルサインオン'],
  mfa: ['mfa', '2fa', 'multi factor', 'multi-factor', 'multifactor', 'conditional access', 'bedingter zugriff', '多重身份验证', '多要素認証', '条件付きアクセス', '条件访问'],
  auth: ['auth', 'authenticat*', 'authentifizier*', 'autentica*', 'modern auth*', 'basic auth*', 'login', 'log in', 'sign in', 'sign-in', 'anmeld*', '*anmeldung', 'inicio de sesión', '登录', '身份验证', 'サインイン', 'ログイン'],
  identity: ['identit*', 'identität*', 'identidad*', 'identidade*', '身份', 'アイデンティティ'],
  merger: ['merger*', 'merge', 'merged', 'merging', 'm&a', 'acquisition*', 'acquired', 'divest*', 'carve-out', 'carve out', 'spin-off', 'fusion*', 'fusão', 'fusión', 'zusammenführ*', 'zusammenschluss', 'übernahme*', 'aquisição', 'adquisición', 'konsolidier*', 'consolidat*', '合并', '并购', '收购', '合併', '買収', '統合'],
  tenant: ['tenant*', '*tenant', 'mandant*', 'locatário*', 'inquilino*', '租户', 'テナント'],

  // IT people and process.
  it: ['=IT', '=TI', 'informatik', '信息技术', '情報システム', '情シス'],
  staff: ['staff*', 'headcount', 'personnel', 'people', 'resourc*', 'ressourc*', 'recurso*', 'understaff*', 'fte', 'ftes', 'manpower', 'capacity', 'kapazität*', 'capacidade', 'capacidad', 'personal', 'pessoal', 'hire', 'hiring', 'backfill', 'left the company', 'on leave', '人手', '人员', '人力', '编制', '招人', '离职', '人員', 'リソース', '要員', '人手不足', '退職'],
  budget: ['budget*', '*budget', 'orçamento*', 'presupuesto*', 'funding', 'fiscal year', 'fy', 'geschäftsjahr', '预算', '财年', '予算', '年度'],
  skills: ['skill*', '*skills', 'expertise', 'know-how', 'knowhow', 'know how', 'experience*', 'experienced', 'kenntnis*', '*kenntnisse', 'fachwissen', 'erfahrung*', 'competênc*', 'habilidade*', 'conhecimento*', 'experiência', 'conocimiento*', 'experiencia', 'habilidad*', '技能', '专业知识', '经验', '不懂', 'スキル', '知識', '経験', 'ノウハウ'],
  admin: ['admin', 'admins', 'administrator*', 'administrador*', 'sysadmin*', '管理员', '管理者'],
  helpdesk: ['helpdesk*', '*helpdesk', 'help desk', 'service desk', 'servicedesk', 'support desk', 'first level', '1st level', 'first-level', 'mesa de ayuda', 'central de serviço*', 'runbook*', '服务台', 'ヘルプデスク', 'サービスデスク'],
  process: ['process*', 'prozess*', '*prozess', '*prozesse', 'processo*', 'proceso*', 'procedure*', 'verfahren', 'workflow*', '流程', 'プロセス', '手順'],
  policy: ['polic*', 'richtlinie*', '*richtlinie', '*richtlinien', 'política*', 'politica*', 'governance', 'regeln', '政策', '策略', '制度', 'ポリシー', '規定', 'ガバナンス'],
  changemgmt: ['change management', 'change mgmt', 'change-management', 'change advisory board', 'change advisory', 'cab', 'change freeze', 'freeze', 'änderungsmanagement', 'gestão de mudança*', 'gestión del cambio', 'gestión de cambios', '变更管理', '变更委员会', '変更管理'],
  monitoring: ['monitor*', 'überwach*', 'monitoramento', 'monitorización', '监控', '監視'],
  incidentmgmt: ['incident management', 'incident handling', 'incident process', 'incident-prozess', 'escalation process', 'issue discovery', '事件处理', 'インシデント管理'],
  allowlist: ['allow list*', 'allowlist*', 'allow-list*', 'whitelist*', 'white list*', 'ip range*', 'url list*', 'urls', 'endpoint list*', 'freigabeliste*', 'lista de permiss*', 'lista blanca', 'lista de permitidos', '允许列表', '白名单', '許可リスト', 'ホワイトリスト', '许可列表'],
  cadence: ['cadence', 'update cadence', 'release cycle*', 'release cadence', 'evergreen', 'monthly updates', 'rhythmus', '*rhythmus', 'kadenz', 'ritmo de atualiza*', 'ritmo de actualiza*', 'cadencia', '更新频率', '节奏', '每月更新', '更新頻度', 'リリースサイクル'],

  // Users and the business.
  training: ['train', 'trained', 'training*', 'trainings', 'untrained', 'schul*', '*schulung', '*schulungen', 'geschult', 'treinamento*', 'treinad*', 'capacita*', 'formação', 'formación', 'educat*', 'onboard*', 'enablement', '培训', 'トレーニング', '研修', '教育'],
  users: ['user', 'users', 'end user*', 'end-user*', 'enduser*', 'benutzer*', '*benutzer', 'anwender*', '*anwender', 'nutzer*', '*nutzer', 'usuário*', 'usuario*', 'employee*', 'mitarbeitende*', 'belegschaft', 'funcionário*', 'colaborador*', 'empleado*', 'workforce', 'frontline', 'front-line', 'staff member*', '用户', '员工', '最终用户', 'ユーザー', 'ユーザ', '従業員', '社員'],
  adoption: ['adoption', 'adopt', 'adopting', 'akzeptanz', 'adoção', 'adopción', 'user readiness', 'readiness', '采用', '普及', '定着', '活用'],
  champions: ['champion*', 'key user*', 'power user*', 'multiplikator*', '关键用户', 'キーユーザー'],
  culture: ['cultur*', 'kultur*', '*kultur', 'mindset', 'way of working', 'ways of working', 'arbeitsweise*', 'forma de trabalh*', 'forma de trabaj*', '文化', '工作方式', '風土', '働き方'],
  resistance: ['resist*', 'widerstand*', 'resistência', 'resistencia', 'reluctan*', 'refuse*', 'weigert*', 'skeptic*', 'sceptic*', 'pushback', 'push back', 'recusa*', 'rechaz*', '抵触', '抵抗', '不愿', '拒绝', '反発', '抵抗感'],
  business: ['business', 'business side', 'geschäft*', 'fachbereich*', 'negócio*', 'negocio*', '业务', 'ビジネス', '事業部門', '業務部門'],
  leadership: ['exec', 'execs', 'executive*', 'leadership', 'leaders', 'management team', 'ceo', 'cio', 'cto', 'ciso', 'cfo', 'board', 'sponsor*', 'vorstand*', 'geschäftsführ*', 'führungs*', 'diretoria', 'diretor', 'diretores', 'directiva', 'director', 'directors', 'liderazgo', 'executiv*', 'gerência', 'gerencia', '高管', '领导', '管理层', '总经理', '経営', '役員', '幹部'],
  department: ['department*', 'dept', 'depts', 'abteilung*', '*abteilung', 'departamento*', 'área*', 'division', '部门', '部門'],
  workscouncil: ['works council', 'betriebsrat*', '*betriebsrat', 'personalrat*', 'gewerkschaft*', 'union', 'unions', 'sindicato*', 'comité de empresa', 'comissão de trabalhadores', '工会', '労働組合', '労組'],
  comms: ['comms', 'communication plan*', 'communication*', 'kommunikation*', 'comunica*', 'announce*', '沟通', '宣传', '周知', '広報'],
  hr: ['hr', 'human resources', 'personalabteilung', 'rh', 'recursos humanos', '人事', '人力资源'],

  // The product itself.
  feature: ['feature*', '*feature', '*features', 'functionality', 'capabilit*', 'funktion', 'funktionen', 'funktionalität*', 'funktionsumfang', '*funktion', '*funktionen', 'funcionalidad*', 'funcionalidade*', 'característica*', 'recursos do produto', '功能', '特性', '機能'],
  missing: ['missing', 'lack', 'lacks', 'lacking', 'absent', 'gap', 'gaps', 'fehlt', 'fehlen', 'fehlende*', 'falta*', 'faltan', 'ausente', 'carece*', 'não tem', 'não possui', '缺少', '缺失', '不具备', '不足', '欠如'],
  bug: ['bug', 'bugs', 'buggy', 'defect*', 'fehler', 'fehlerhaft', 'regression*', 'erro', 'erros', 'error', 'errores', 'falla', 'fallo', 'defeito*', 'defecto*', '缺陷', 'バグ', '不具合'],
  roadmap: ['roadmap*', 'road map', 'hoja de ruta', '路线图', 'ロードマップ'],
  featurerequest: ['onelist', 'one list', 'gethelp', 'get help', 'dcr', 'dcrs', 'design change request*', 'uservoice', 'feature request*', 'feedback portal', 'feature-request*', '功能请求', '機能要望'],
  productgroup: ['pg', 'product group', 'product team', 'produktgruppe', 'produktteam', 'grupo de produto', 'grupo de producto', 'engineering', '产品组', '製品グループ', '開発チーム'],
  security: ['secur*', 'sicherheit*', '*sicherheit', 'segurança', 'seguridad', 'hsm', 'byok', 'customer key', 'customer-managed key*', 'dlp', '安全', 'セキュリティ'],
  privacy: ['privacy', 'datenschutz*', 'privacidad*', 'privacidade', 'gdpr', 'dsgvo', 'lgpd', '隐私', 'プライバシー'],
  compliance: ['complian*', 'regulat*', 'regulier*', 'conformidade', 'cumplimiento', 'audit*', 'fedramp', 'hipaa', 'iso 27001', 'c5', 'bsi', '合规', '等保', 'コンプライアンス', '監査', '規制'],
  certified: ['certif*', 'zertifi*', '*zertifiziert', 'certifica*', '认证', '認定'],
  residency: ['data residency', 'datenresidenz', 'data boundary', 'eu data boundary', 'in-country', 'in country', 'data location', 'datenstandort', 'residencia de datos', 'residência de dados', 'local data storage', 'data sovereignty', 'datensouveränität', '数据驻留', '境内', 'データ所在地', 'データの保存場所'],
  encryption: ['encrypt*', 'verschlüssel*', 'criptograf*', 'cifrad*', 'cifra*', 'e2ee', 'end-to-end', '加密', '暗号化'],
  workaround: ['workaround*', 'work around', 'work-around', 'umgehungslösung*', 'problemumgehung*', 'solução alternativa', 'solución alternativa', 'alternativa', '替代方案', '变通', '回避策'],
  competitor: ['competitor*', 'competing', 'competition', 'wettbewerb*', 'konkurren*', 'concorrent*', 'competencia', 'zoom', 'slack', 'google', 'webex', 'gsuite', 'g suite', 'dropbox', 'box', 'wechat', '竞品', '竞争', '企业微信', '钉钉', '競合', '他社'],
  limit: ['limit', 'limits', 'limitation*', 'threshold*', 'limite*', 'límite*', 'grenze*', '*grenze', 'obergrenze', 'maximum', 'max', '上限', '限制', '阈值', '制限'],

  // Apps of the customer.
  lob: ['lob', 'line of business', 'line-of-business', 'branchenanwendung*', 'fachanwendung*', 'fachapplikation*', 'geschäftsanwendung*', 'branchenlösung*', 'linha de negócio*', 'línea de negocio*', 'aplicaciones de negocio', 'aplicações de negócio', 'erp', 'crm', 'sap', 'dms', 'plm', 'in-house app*', 'in-house', 'inhouse', 'homegrown', 'home-grown', 'custom app*', 'eigenentwicklung*', '业务线', '业务应用', '业务系统', '自研', '基幹', '業務アプリ', '業務システム', '社内システム'],
  app: ['app', 'apps', 'application*', 'anwendung*', '*anwendung', 'applikation*', 'aplicativo*', 'aplicación*', 'aplicaciones', 'aplicação', 'aplicações', 'software', '应用程序', '软件', 'アプリ', 'アプリケーション', 'ソフトウェア'],
  addin: ['add-in*', 'addin*', 'add in', 'add ins', 'plugin*', 'plug-in*', 'complemento*', 'suplemento*', 'macro*', 'makro*', 'vba', 'com add-in*', 'com addin*', 'xll', 'vsto', 'template*', 'vorlage*', 'modelo*', 'plantilla*', '加载项', '插件', '宏', '模板', 'アドイン', 'マクロ', 'テンプレート'],
  vendor: ['vendor*', 'hersteller*', '*hersteller', 'anbieter*', '*anbieter', 'fornecedor*', 'proveedor*', 'fabricante*', 'isv', 'third-party', 'third party', '3rd party', '3rd-party', 'drittanbieter*', 'terceiro*', 'tercero*', '供应商', '厂商', '第三方', 'ベンダー', 'サードパーティ'],
  bitness: ['64-bit', '64 bit', '64bit', 'x64', '32-bit', '32 bit', '32bit', 'x86'],
  testing: ['test', 'tests', 'tested', 'testing', 'untested', 'teste*', 'getestet', 'prüfung*', 'prueba*', 'validat*', 'validier*', 'uat', '测试', '验证', 'テスト', '検証'],

  // Partners.
  partner: ['partner*', '*partner', '*partners', 'parceiro*', '*parceiro', 'socio', 'socios', '=SI', 'system integrator*', 'integrator*', 'systemhaus', 'dienstleister*', 'consultanc*', 'consultant*', 'consulting', 'berater*', 'beratungs*', 'consultor*', 'consultoria', 'consultoría', '合作伙伴', '伙伴', '顾问', '实施商', 'パートナー', 'コンサル', 'sier'],
  sow: ['sow', 'sows', 'statement of work', 'leistungsbeschreibung*', 'change order', 'change request', 'escopo', 'alcance', 'scope', 'scoped', 'leistungsumfang', 'umfang', '范围', '範囲', 'スコープ'],
  contract: ['contract*', 'vertrag*', '*vertrag', '*verträge', 'contrat*', 'agreement*', 'vereinbarung*', 'acordo*', 'acuerdo*', 'msa', 'signed', 'signature', 'unterschr*', 'unterzeichn*', 'assinatura do contrato', '合同', '协议', '签约', '契約', '締結'],
  tender: ['rfp', 'rfq', 'tender*', 'ausschreibung*', 'licitação', 'licitación', 'selection', 'select', 'selected', 'auswahl', '*auswahl', 'seleção', 'selección', '招标', '选定', '入札', '選定'],
  procurement: ['procurement', 'purchasing', 'einkauf*', 'beschaffung*', 'compras', 'purchase order*', 'po', 'bestellung*', 'pedido de compra', 'orden de compra', '采购', '订单', '調達', '購買', '発注'],
  unresponsive: ['unresponsive', 'not respond*', 'not responding', 'no response', 'no reply', 'not replying', "hasn't replied", 'no answer', 'ghost*', 'keine antwort', 'antwortet nicht', 'reagiert nicht', 'keine rückmeldung', 'sem resposta', 'não responde', 'no responde', 'sin respuesta', '无回应', '没有回复', '不回复', '未回复', '不回', '回答がない', '返信がない', '応答がない', '連絡がない', '返答がない', '音信不通'],

  // Licensing and money.
  ea: ['ea', 'eas', 'enterprise agreement*', 'enterprise-agreement*', 'mpsa', 'open license', 'open value', '企业协议', 'エンタープライズ契約'],
  license: ['licen*', 'lizenz*', '*lizenz', '*lizenzen', 'licença*', 'licenci*', 'licencia*', 'entitlement*', '许可', '授权', 'ライセンス'],
  seats: ['seat', 'seats', 'arbeitsplätze', 'plätze', 'assento*', 'puesto*', '席位', 'シート数'],
  sku: ['sku', 'skus', 'product key*', '*sku'],
  subscription: ['subscription*', 'abonnement*', 'abo', 'abos', 'assinatura*', 'suscripci*', 'subscripci*', '订阅', 'サブスクリプション'],
  plan: ['e1', 'e3', 'e5', 'f1', 'f3', 'a1', 'a3', 'a5', 'g3', 'g5', 'p1', 'p2', 'ems', 'business premium', 'business basic', 'business standard', 'tarif*', 'プラン'],
  renewal: ['renewal*', 'renew*', 'true-up', 'true up', 'trueup', 'verlängerung*', '*verlängerung', 'renovação', 'renovación', 'renovar', '续订', '续约', '续签', '更新契約'],
  csp: ['csp', 'cloud solution provider', 'reseller*', 'distributor*', 'distributer*', 'wiederverkäufer*', 'revendedor*', '分销商', '经销商', '代理店', '販売店'],
  govcloud: ['gcc', 'gcc high', 'gcc-high', 'gcch', 'dod', 'government cloud', 'gov cloud', 'government community cloud', 'sovereign cloud', 'sovereign', 'behördencloud', 'nube de gobierno', 'nuvem de governo', '政府云', '政府クラウド', '21vianet', 'vianet', '世纪互联'],
  capex: ['capex', 'opex', 'capital expens*', 'capital expenditure', 'investitionsausgabe*', 'investitionskosten', 'despesa de capital', 'gasto de capital', 'depreciation', 'abschreibung*', '资本性支出', '资本支出', '設備投資', '資本的支出'],
  billing: ['invoice*', 'billing', 'billed', 'bill', 'rechnung*', 'abrechnung*', 'fatura*', 'factura*', 'payment*', 'zahlung*', 'pagamento*', 'pago', 'pagos', 'unpaid', 'charged', '账单', '计费', '扣费', '付款', '請求', '支払'],
  price: ['price*', 'pricing', 'preis*', '*preis', 'preço*', 'precio*', 'discount*', 'rabatt*', 'desconto*', 'descuento*', 'quote', 'quotes', 'quotation', 'cotação', 'cotización', 'cost', 'costs', 'kosten', 'custo', 'custos', 'costo', 'costos', '价格', '报价', '折扣', '価格', '見積', '費用'],
  seller: ['seller*', 'account team', 'account executive', 'account manager', 'ae', 'lss', 'lsa', 'licensing specialist*', 'licensing solution*', 'vertrieb*', 'verkäufer*', 'vendedor*', '销售', '客户经理', '営業'],
  trial: ['trial*', 'testversion', 'testphase', 'avaliação', 'período de prueba', '试用', '試用', 'トライアル'],

  // Reliability of the service.
  outage: ['outage*', 'downtime*', 'down time', 'went down', 'is down', 'was down', 'goes down', 'unavailable', 'ausfall*', '*ausfall', '*ausfälle', 'störung*', '*störung', '*störungen', 'interrupç*', 'interrupci*', 'caída*', 'queda', 'quedas', 'indisponib*', '中断', '宕机', '停机', '故障', '事故', '障害', 'ダウン'],
  incident: ['incident*', 'vorfall*', '*vorfall', '*vorfälle', 'incidente*', 'service issue*', '事件', 'インシデント'],
  latency: ['latenc*', 'latenz*', 'latência', 'latencia', 'lag', 'laggy', 'jitter', '延迟', '延时', '卡顿', '遅延', 'レイテンシ'],
  slow: ['slow*', 'langsam*', 'lento*', 'lenta*', 'lentidão', 'lentitud', 'sluggish', '慢', '遅い', '重い'],
  performance: ['performance', 'performant', 'leistung', 'desempenho', 'desempeño', 'rendimiento', 'throughput', 'scale', 'scalab*', 'load', '性能', '负载', 'パフォーマンス', '性能問題'],
  reliability: ['ausfallsicherheit', 'reliab*', 'unreliab*', 'zuverlässig*', 'verlässlich*', 'confiabilidad*', 'confiabilidade', 'fiabilidad', 'stabil*', 'estabilidad*', 'estabilidade', '可靠', '稳定', '信頼性', '安定'],
  trust: ['trust', 'trusted', 'distrust', 'mistrust', 'confidence', 'confident', 'vertrauen*', 'confiança', 'confianza', 'confía*', 'confia*', 'doubt*', 'zweifel*', 'dúvida*', 'duda*', '信任', '信心', '怀疑', '质疑', '不放心', '信頼', '不信', '懸念', '不安'],
  availability: ['sla', 'slas', 'uptime', 'availability', 'verfügbarkeit*', 'disponibilidad*', 'disponibilidade', '99.9', '可用性', '稼働率'],
  rca: ['rca', 'rcas', 'root cause*', 'pir', 'pirs', 'post-incident', 'post incident', 'post mortem', 'postmortem', 'post-mortem', 'ursachenanalyse', 'causa raiz', 'causa raíz', '根本原因', '原因分析', '事后报告', '根本原因分析'],
  backup: ['backup*', 'back up', 'back-up', 'sicherung*', 'datensicherung*', '*sicherung', 'cópia de segurança', 'copia de seguridad', 'copias de seguridad', 'respaldo*', '备份', 'バックアップ'],
  recovery: ['recover*', 'restor*', 'wiederherstell*', 'recupera*', 'restaur*', 'disaster recovery', 'dr', 'business continuity', 'bcp', 'continuity', 'notfall*', 'durab*', '恢复', '容灾', '灾备', '復旧', '復元', '事業継続'],
  dataloss: ['data loss', 'lost data', 'lost files', 'lose data', 'losing data', 'datenverlust*', 'perda de dados', 'pérdida de datos', '数据丢失', 'データ損失', 'データ消失'],
  servicehealth: ['service health', 'service-health', 'health dashboard', 'message center', 'status page', 'servicestatus', 'dienststatus', '服务运行状况', 'サービス正常性'],
  transparency: ['transparen*', 'trust center', 'trust portal', 'service trust', 'trustcenter', '透明'],
};

/** Words that make a lower-case "it" the IT department rather than the pronoun ("it team lacks skills"). */
// prettier-ignore
const IT_NOUNS: ReadonlySet<string> = new Set([
  'team', 'teams', 'staff', 'dept', 'department', 'ops', 'operations', 'org', 'organisation', 'organization',
  'admin', 'admins', 'people', 'resources', 'budget', 'skills', 'leadership', 'security', 'governance', 'director',
  'manager', 'lead', 'guys', 'folks', 'capacity', 'resourcing', 'process', 'processes', 'policy', 'policies',
  'abteilung', 'leitung', 'personal',
]);

const ASCII = /^\p{ASCII}*$/u;

/** Lower case without accents (ß as ss), so "Lizenzübertragung" and "Lizenzubertragung" meet. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss');
}

type WordPattern = { readonly kind: 'exact' | 'prefix' | 'suffix' | 'contains'; readonly text: string };

interface LatinEntry {
  readonly concept: string;
  readonly words: readonly WordPattern[];
  /** Pattern characters, to prefer the more specific of two entries of equal length. */
  readonly weight: number;
}

export interface ConceptMatch {
  readonly concept: string;
  /** Tokens consumed. */
  readonly length: number;
  /** Only part of the word matched (a compound such as "Lizenzübertragung"): its own stem still counts. */
  readonly partial: boolean;
}

/** A word as the tokenizer sees it: folded for matching, original for case-sensitive patterns. */
export interface WordToken {
  readonly folded: string;
  readonly original: string;
  /** A comma, full stop... comes before this word: phrases do not cross it. */
  readonly breakBefore: boolean;
}

function parseWord(raw: string): WordPattern {
  const starts = raw.startsWith('*');
  const ends = raw.endsWith('*');
  const text = fold(raw.replace(/^\*|\*$/g, ''));
  if (starts && ends) return { kind: 'contains', text };
  if (starts) return { kind: 'suffix', text };
  if (ends) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

function wordMatches(pattern: WordPattern, word: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return word === pattern.text;
    case 'prefix':
      return word.startsWith(pattern.text);
    case 'suffix':
      return word.endsWith(pattern.text);
    case 'contains':
      return word.includes(pattern.text);
  }
}

/** Letters beyond a pattern that are more than an inflection: the word is a compound ("Lizenzübertragung"). */
const COMPOUND_TAIL = 4;

const PREFIX_KEY = 3;

/** The concept table compiled for fast look-up: by first word for Latin, by first character for CJK. */
class ConceptIndex {
  private readonly exact = new Map<string, LatinEntry[]>();
  private readonly prefixes = new Map<string, LatinEntry[]>();
  private readonly inner: LatinEntry[] = [];
  /** One test for all of `inner`: most words match none of them. */
  private readonly innerTest: RegExp;
  private readonly caseSensitive = new Map<string, string>();
  private readonly cjk = new Map<string, { readonly text: string; readonly concept: string }[]>();
  /** Candidate entries per folded first word; bounded so a long-running bot cannot grow it forever. */
  private readonly candidates = new Map<string, readonly LatinEntry[]>();

  constructor(concepts: Readonly<Record<string, readonly string[]>>) {
    for (const [name, patterns] of Object.entries(concepts)) {
      const concept = `#${name}`;
      for (const pattern of patterns) {
        if (CJK_CHAR.test(pattern)) this.addCjk(pattern, concept);
        else if (pattern.startsWith('=')) this.caseSensitive.set(pattern.slice(1), concept);
        else this.addLatin(pattern, concept);
      }
    }
    for (const list of this.cjk.values()) list.sort((a, b) => b.text.length - a.text.length);
    const alternatives = this.inner.map(
      ({ words: [first] }) => escape(first.text) + (first.kind === 'suffix' ? '$' : ''),
    );
    this.innerTest = new RegExp(alternatives.join('|') || '(?!)');
  }

  private addCjk(text: string, concept: string): void {
    push(this.cjk, text[0], { text, concept });
  }

  private addLatin(pattern: string, concept: string): void {
    const words = pattern
      .split(/[^\p{L}\p{M}\p{N}'*]+/u)
      .filter(Boolean)
      .map(parseWord);
    const entry: LatinEntry = { concept, words, weight: words.reduce((sum, w) => sum + w.text.length, 0) };
    const first = words[0];
    if (first.kind === 'exact') push(this.exact, first.text, entry);
    else if (first.kind === 'prefix' && first.text.length >= PREFIX_KEY)
      push(this.prefixes, first.text.slice(0, PREFIX_KEY), entry);
    else this.inner.push(entry);
  }

  private candidatesFor(word: string): readonly LatinEntry[] {
    const cached = this.candidates.get(word);
    if (cached) return cached;
    const found = [
      ...(this.exact.get(word) ?? []),
      ...(this.prefixes.get(word.slice(0, PREFIX_KEY)) ?? []).filter((e) => wordMatches(e.words[0], word)),
      ...(this.innerTest.test(word) ? this.inner.filter((e) => wordMatches(e.words[0], word)) : []),
    ];
    if (this.candidates.size > 50_000) this.candidates.clear();
    this.candidates.set(word, found);
    return found;
  }

  /** The longest concept starting at token `at`, if any; of one-word ones, a case-sensitive one ("IT"). */
  matchLatin(tokens: readonly WordToken[], at: number): ConceptMatch | undefined {
    const token = tokens[at];
    let best: LatinEntry | undefined;
    for (const entry of this.candidatesFor(token.folded)) {
      if (
        best &&
        (entry.words.length < best.words.length ||
          (entry.words.length === best.words.length && entry.weight <= best.weight))
      )
        continue;
      if (this.followsFrom(entry, tokens, at)) best = entry;
    }
    if (!best || best.words.length === 1) {
      const next = tokens[at + 1];
      const itDepartment =
        token.folded === 'it' && next !== undefined && !next.breakBefore && IT_NOUNS.has(next.folded);
      const exactCase = itDepartment ? '#it' : this.caseSensitive.get(token.original);
      if (exactCase) return { concept: exactCase, length: 1, partial: false };
    }
    if (!best) return undefined;
    const single = best.words.length === 1 ? best.words[0] : undefined;
    const partial =
      single !== undefined && single.kind !== 'exact' && token.folded.length - single.text.length > COMPOUND_TAIL;
    return { concept: best.concept, length: best.words.length, partial };
  }

  private followsFrom(entry: LatinEntry, tokens: readonly WordToken[], at: number): boolean {
    for (let k = 1; k < entry.words.length; k++) {
      const next = tokens[at + k];
      if (!next || next.breakBefore || !wordMatches(entry.words[k], next.folded)) return false;
    }
    return true;
  }

  /** Every concept in a run of CJK text, longest match first, left to right, without overlap. */
  matchCjk(run: string): { readonly concept: string; readonly text: string }[] {
    const found: { concept: string; text: string }[] = [];
    let i = 0;
    while (i < run.length) {
      const hit = this.cjk.get(run[i])?.find((c) => run.startsWith(c.text, i));
      if (hit) {
        found.push(hit);
        i += hit.text.length;
      } else i++;
    }
    return found;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const CONCEPT_INDEX = new ConceptIndex(CONCEPTS);
