import type { ReferenceSet } from './types';

/**
 * Brazilian Portuguese reference blocker descriptions, filed by L2 and family (families.ts), each in the playbook's
 * plain register and in FM shorthand (types.ts). Written fresh in Brazilian Portuguese, not translated. A border
 * example sits under its true L2 with the L2 it looks like in a comment.
 */
export const ptBR: ReferenceSet = {
  'customer-it-infrastructure-remediation': {
    'inf.client-os': {
      plain: [
        'Boa parte das estações ainda roda uma versão antiga do Windows, que precisa ser atualizada antes da implantação.',
        'Parece que vários setores continuam presos a um navegador sem suporte, e o cliente terá de trocá-lo antes de seguir.',
        'A nova imagem padrão das máquinas ainda não ficou pronta, e a empresa não quer distribuir os aplicativos antes disso.',
        'Os terminais das agências rodam Windows 10 LTSC, em que os aplicativos do Microsoft 365 não têm suporte; a TI tem equipe e verba, mas precisa trocar a edição do sistema antes.',
      ],
      notes: [
        'Cx c/ ~40% do parque em Win 8.1, upgrade p/ Win 11 só em março',
        'golden image Win10 do cx não finalizada, M365 Apps parado até fechar',
        'IE11 ainda é o navegador padrão nas lojas, migrar p/ Edge antes do Rollout SPO',
      ],
    },
    'inf.devices': {
      plain: [
        'Os notebooks da equipe de campo são antigos demais e precisam ser substituídos antes de receber o novo ambiente.',
        'As salas de reunião ainda não têm equipamento adequado, e o cliente quer instalá-lo antes de liberar as reuniões online.',
        'Os celulares corporativos precisam primeiro ser registrados no gerenciamento de dispositivos, o que ainda não aconteceu.',
      ],
      notes: [
        'Teams Rooms: kits das salas ainda não entregues, fornecedor prometeu p/ 20/09',
        'Android corporativos antigos sem work profile, troca dos aparelhos prevista Q1',
        'desktops das agências sem TPM 2.0, trocar ~800 máquinas antes do piloto Win11',
        'tablets dos vendedores externos presos no iPadOS 15, não passam no mínimo do Intune, troca de HW prevista; TI ok',
      ],
    },
    'inf.directory': {
      plain: [
        'O cliente tem três florestas de Active Directory e ainda não definiu como sincronizá-las com a nuvem.',
        'A sincronização de identidades apresenta erros em grande parte das contas, que precisam ser saneadas primeiro.',
        'Os usuários estão num sufixo de domínio não roteável, o que exige ajuste no diretório antes da migração.',
        'Ao que tudo indica, a identidade híbrida ainda não está configurada, e nada pode avançar até lá.',
      ],
      notes: [
        'Entra Connect c/ +3 mil erros de sync (proxyAddress duplicado), cx limpando o AD',
        'UPN .local em todo mundo, precisa sufixo roteável antes do Go-live EXO',
        'ADFS legado do cx caindo direto, querem ir p/ PHS antes de ligar o Tenant',
        'multi-forest + 2 domínios filhos, desenho do sync ainda em aberto',
      ],
    },
    'inf.merger': {
      plain: [
        'Com a fusão das duas empresas, os diretórios precisam ser unificados antes de qualquer migração.',
        'A unidade vendida pelo grupo precisa ter seu ambiente separado antes que a implantação continue.',
        'A rede de clínicas recém-adquirida só vai migrar depois que os domínios das duas organizações forem consolidados.',
      ],
      notes: [
        'aquisição fechada em jun, cx vai consolidar os 2 ADs antes de mover caixas p/ EXO',
        'carve-out da divisão agro: separar AD e ambiente antes de seguir c/ OD4B',
        'fusão c/ concorrente, dois ambientes rodando em paralelo, migração só depois do merge dos diretórios',
      ],
    },
    'inf.network': {
      plain: [
        'A rede das filiais não tem banda suficiente para chamadas de vídeo e precisa ser ampliada.',
        'O proxy da empresa inspeciona todo o tráfego e derruba as conexões com o serviço; será preciso reconfigurá-lo.',
        'Parece que a VPN atual não aguenta o volume de tráfego para a nuvem, e o cliente estuda trocar o equipamento.',
        'A lentidão que os usuários relatam vem da própria rede interna, que depende de um único link antigo na matriz.',
        'As fazendas do cliente usam internet via rádio que cai com frequência, e as chamadas pelo Teams só vão funcionar depois que essa conexão for trocada.',
        'Várias lojas do supermercado ainda dependem de modem 4G, que não dá conta de vídeo, e o cliente precisa contratar um link fixo antes de seguir.',
        'A fibra ainda não foi instalada no novo centro de distribuição e, com o link provisório atual, o cliente não consegue migrar os usuários de lá.',
        'O cliente informa que a internet das unidades do interior é fraca demais para sincronizar arquivos e que vai precisar aumentar a velocidade contratada antes da migração.',
        'Nas obras a conexão é por chip de celular e oscila o dia todo, então os engenheiros só vão usar o OneDrive quando houver um link melhor nos canteiros.',
        'Parece que o link da matriz fica saturado em horário comercial, e o cliente precisa ampliar a banda antes de liberar as reuniões online para todos.',
        'As escolas do município ainda têm internet de baixa velocidade e, segundo a secretaria, as ferramentas na nuvem só serão viáveis depois que a conexão for substituída por fibra.',
        'O cliente precisa instalar um segundo link de internet nas agências, porque a conexão atual cai várias vezes por semana e deixa todos sem e-mail.',
        'Nos postos de saúde a internet é instável, e o cliente vai esperar a chegada da fibra, prevista para o próximo semestre, antes de levar os funcionários para a nuvem.',
        'As lojas de shopping do cliente funcionam só com 4G, que não aguenta chamadas de vídeo.',
        'O Wi-Fi do galpão não alcança a área de separação, e o cliente precisa reforçar a cobertura antes de liberar o Teams para os operadores.',
        'O escritório de Manaus tem uma conexão lenta que trava qualquer videochamada, e a empresa aguarda a ativação de um link dedicado para colocar a equipe no Teams.',
        'O firewall da matriz chegou ao fim da vida útil e não recebe mais atualizações para as regras que o serviço exige, então será substituído antes da migração.',
      ],
      notes: [
        'links MPLS das lojas c/ 4 Mbps, sem banda p/ Teams, upgrade de WAN só Q3',
        'firewall do cx bloqueando UDP de mídia, chamadas Teams caindo',
        'Wi-Fi do CD não cobre o galpão, cx vai refazer a rede antes do Rollout',
        'VPN full tunnel mandando todo tráfego M365 p/ matriz, precisa split tunnel',
        'DNS interno resolvendo errado o autodiscover, redes do cx ajustando',
        'proxy faz inspeção TLS e quebra o login do Outlook/Teams, precisa bypass ou proxy novo',
      ],
    },
    'inf.server-upgrade': {
      plain: [
        'O servidor de correio local está numa versão muito antiga e precisa ser atualizado antes de qualquer migração.',
        'O ambiente local de portais precisa subir de versão, porque a ferramenta de migração não reconhece a atual.',
        'A configuração híbrida segue incompleta, e as caixas de correio não podem ser movidas enquanto isso não for resolvido.',
      ],
      notes: [
        'Exchange 2010 on-prem, subir p/ 2016 antes do hybrid',
        'farm SharePoint 2013 do cx corrompido, reparar antes de migrar p/ SPO',
        'file servers Win 2008 não rodam o agente de migração, cx atualizando',
        'SfB Server 2015 c/ CU bem antigo, upgrade antes de ir p/ TeamsOnly',
      ],
    },
    'inf.config': {
      plain: [
        'A empresa mantém uma configuração própria de autenticação que não é compatível com o serviço e terá de mudá-la.',
        'A forma como as pastas de rede foram estruturadas não funciona com a sincronização na nuvem e precisa ser reorganizada.',
        'Existe uma configuração antiga no ambiente do cliente que entra em conflito com o serviço e precisa ser desfeita.',
      ],
      notes: [
        'GPO do cx força roaming profile e quebra o KFM do OneDrive, revendo config',
        'relay SMTP interno montado de um jeito que o EXO não aceita, cx vai refazer',
        'shares c/ caminhos enormes e caracteres inválidos, não sobe p/ OD4B sem reestruturar',
      ],
    },
    'inf.m365-deploy': {
      plain: [
        'O cliente ainda não conseguiu montar o pacote de instalação dos aplicativos de escritório para os diferentes perfis de usuário.',
        'A ferramenta de distribuição de software da empresa não está entregando a nova versão dos aplicativos às máquinas.',
        'Falta implantar uma solução técnica de atualização para os aplicativos de escritório antes de começar a distribuição.',
      ],
      notes: [
        'pacote ODT do M365 Apps falhando no SCCM, erro 30088, cx investigando',
        'máquinas presas no Semi-Annual, não baixam do CDN, canal de update c/ problema',
        'Win32 app do M365 Apps no Intune não instala em parte do parque, refazendo pacote',
      ],
    },
    'inf.teams-exchange': {
      plain: [
        'A empresa só quer liberar o Teams depois que o correio estiver na nuvem, e a migração do e-mail ainda nem começou.',
        'Agenda e reuniões dependem do e-mail no serviço online, então o Teams está esperando a migração do Exchange.',
      ],
      notes: [
        'Teams segurado até terminar migração EXO, hoje 30% das caixas migradas',
        'Exchange on-prem sem hybrid, Teams espera EXO p/ ter calendário',
        'Rollout Teams depende do hybrid Exchange, que ainda não foi configurado',
      ],
    },
    'inf.border': {
      plain: [
        'Os usuários dizem que tudo fica lento, mas a análise mostrou que o gargalo é o link de internet do próprio cliente.', // parece service-reliability
        'A equipe de TI está disponível e sabe o que fazer, mas os servidores de arquivos precisam ser trocados antes da migração.', // parece it-change-management-resourcing
        'O cliente achou que a aplicação estivesse com problema, mas quem impede o acesso é a versão desatualizada do navegador nas estações.', // parece app-compatibility
        'O serviço atende ao que a empresa precisa; é a configuração de autenticação legada do cliente que impede o uso e terá de mudar.', // parece product-feature-capability
        'Não falta gente nem dinheiro na TI: a plataforma de petróleo só tem link via satélite, com latência alta demais para reuniões no Teams, e a conexão precisa ser trocada primeiro.', // parece it-change-management-resourcing
        'A equipe de TI está completa e treinada, mas os notebooks dos corretores autônomos vieram com Windows Home, que não entra no Entra ID, e precisam ser atualizados ou substituídos.', // parece it-change-management-resourcing
      ],
      notes: [
        'cx reclama de Teams lento, mas teste mostrou link da filial saturado, não é o serviço', // parece service-reliability
        'não é falta de gente: time de TI pronto, só esperando os switches novos chegarem', // parece it-change-management-resourcing
        'acharam que era bug do OneDrive, na real é o proxy do cx cortando o upload', // parece product-feature-capability
        'add-in tá ok, o problema é o Office 2013 nas máquinas, precisa subir p/ M365 Apps', // parece app-compatibility
        'não é falta de gente: TI pronta, mas os PCs do chão de fábrica são antigos demais p/ Win11, troca de HW primeiro', // parece it-change-management-resourcing
      ],
    },
  },
  'it-change-management-resourcing': {
    'itcm.staff': {
      plain: [
        'A equipe de TI tem apenas duas pessoas e não consegue tocar a implantação junto com o trabalho do dia a dia.',
        'O administrador responsável pelo projeto saiu da empresa, e ninguém assumiu as tarefas dele.',
        'Os técnicos foram deslocados para outro projeto considerado prioritário e só voltam no próximo trimestre.',
      ],
      notes: [
        'único admin M365 do cx de licença médica até 10/11, tudo parado',
        'time de infra alocado no projeto de ERP até dez, sem braço p/ Intune',
        'cx perdeu o especialista de mensageria, vaga aberta, sem ETA',
        'TI c/ 1 pessoa p/ 600 usuários, não dá conta do Rollout',
      ],
    },
    'itcm.budget': {
      plain: [
        'Não há verba aprovada para o projeto de adequação do ambiente que a migração exige.',
        'Ao que parece, o orçamento de TI deste ano já foi consumido e a remediação ficou para o próximo exercício.',
        'A área de tecnologia pediu dinheiro para contratar reforço temporário, mas o pedido foi negado.',
      ],
      notes: [
        'sem budget p/ remediação do AD, cx tenta aprovar no FY26',
        'orçamento de TI congelado pela diretoria, projeto do hybrid parado',
        'cx precisaria pagar hora extra do time de redes p/ janela de migração, sem verba',
      ],
    },
    'itcm.skills': {
      plain: [
        'O departamento de TI não domina a arquitetura necessária para implantar o serviço e não cogitou contratar um parceiro.',
        'Ninguém na equipe interna tem experiência com gerenciamento de dispositivos pela nuvem.',
        'A TI parece insegura para configurar sozinha as políticas de retenção e classificação de dados.',
      ],
      notes: [
        'TI do cx nunca mexeu c/ Intune, não quer parceiro, quer aprender sozinha',
        'time interno sem conhecimento de Purview, DLP parado',
        'admins só conhecem on-prem, travaram no desenho de Conditional Access',
      ],
    },
    'itcm.helpdesk': {
      plain: [
        'O suporte interno ainda não foi preparado para atender chamados sobre o novo serviço na nuvem.',
        'A central de atendimento da empresa não tem roteiros nem treinamento para resolver problemas do ambiente online.',
      ],
      notes: [
        'service desk terceirizado sem script p/ Teams, cx não libera sem isso',
        'helpdesk N1 não sabe tratar chamado de OneDrive, capacitação do suporte TBD',
        'cx quer o suporte interno 24x7 pronto p/ Copilot antes de liberar, hoje não tem',
      ],
    },
    'itcm.update-cadence': {
      plain: [
        'A TI homologa cada versão de software durante meses, e o ritmo mensal de atualizações do serviço não cabe nesse processo.',
        'O cliente não sabe como encaixar as atualizações frequentes dos aplicativos no seu ciclo interno de certificação.',
      ],
      notes: [
        'cx exige homologação de 90 dias p/ cada build, incompatível c/ canal mensal',
        'TI quer congelar versão do M365 Apps o ano todo, processo de release não acompanha',
        'comitê de certificação do banco não dá conta da cadência de updates do Windows',
      ],
    },
    'itcm.process-break': {
      plain: [
        'As manutenções do serviço quebraram o monitoramento que a TI usava para detectar falhas.',
        'O processo de tratamento de incidentes deixou de funcionar com a ida para a nuvem e precisa ser redesenhado.',
        'A TI perdeu a forma como descobria problemas antes dos usuários e ainda não refez esse processo para o ambiente online.',
      ],
      notes: [
        'update do EXO mudou formato dos logs e quebrou os alertas do NOC, runbook desatualizado',
        'fluxo de incidente do cx não prevê abrir chamado c/ a MS, precisa redesenhar',
        'runbooks de operação ainda escritos p/ on-prem, time de ops perdido c/ SPO',
      ],
    },
    'itcm.policy': {
      plain: [
        'A política de uso de equipamentos pessoais proíbe acesso ao e-mail fora da empresa e precisa ser revista antes do projeto.',
        'O comitê de mudanças ainda não aprovou a janela para a alteração, e nada pode ser feito sem esse aval.',
        'A empresa tem processos técnicos que a TI não aceita mudar, mesmo sendo incompatíveis com o serviço.',
      ],
      notes: [
        'política BYOD veta app corporativo em celular pessoal, revisão c/ segurança em andamento',
        'CAB só reúne 1x por mês, mudança do MX ficou p/ próxima janela',
        'política de home office não prevê acesso remoto ao SPO, TI precisa reescrever',
      ],
    },
    'itcm.allow-lists': {
      plain: [
        'A TI não consegue manter atualizada a lista de endereços liberados no firewall sempre que o serviço muda.',
        'As regras de acesso são atualizadas manualmente e ficam sempre atrasadas em relação às mudanças de endereços do serviço.',
      ],
      notes: [
        'liberação de URL/IP é na mão via chamado, leva 3 semanas, lista sempre desatualizada',
        'time de redes não acompanha mudança de endpoints do M365, não tem processo p/ isso',
      ],
    },
    'itcm.border': {
      plain: [
        'Os usuários estariam prontos, mas quem não está preparado para dar suporte ao novo serviço é a própria equipe de TI.', // parece adoption-readiness
        'Ninguém pensou em envolver um parceiro, e a equipe de TI da empresa não tem conhecimento para configurar o serviço.', // parece partner-engagement
        'A tecnologia já está pronta; o que falta é alguém da TI com tempo para conduzir a migração.', // parece customer-it-infrastructure-remediation
        'As licenças já estão compradas, mas não há dinheiro para pagar os técnicos que fariam a adequação da rede.', // parece billing-licensing-subscription
      ],
      notes: [
        'licenças ok, o que falta é budget p/ pagar as horas de TI da migração', // parece billing-licensing-subscription
        'AD já saneado, problema agora é não ter admin livre p/ rodar o sync', // parece customer-it-infrastructure-remediation
        'sem parceiro no projeto, cx quer fazer c/ time interno que não conhece EXO', // parece partner-engagement
        'usuários doidos p/ usar, mas TI não preparou o service desk', // parece adoption-readiness
      ],
    },
  },
  'adoption-readiness': {
    'ado.training': {
      plain: [
        'A empresa ainda não tem um plano para ensinar os funcionários a usar as novas ferramentas.',
        'Os colaboradores das lojas não têm tempo reservado para treinamento, e a gerência não quer liberar o uso sem isso.',
        'Parece que ninguém pensou em como capacitar os usuários antes da virada.',
        'Os professores precisariam de algumas horas de formação, mas o calendário escolar não deixa espaço.',
      ],
      notes: [
        'sem plano de treinamento p/ usuário final, cx quer adiar Teams',
        'treinamento de Copilot p/ diretoria não agendado, uso travado',
        'operadores da fábrica sem horário p/ capacitação, RH não libera',
        'cx pediu trilha de treinamento em pt antes de liberar OneDrive, ninguém montou',
      ],
    },
    'ado.resistance': {
      plain: [
        'Os advogados do escritório não querem abandonar o costume de trabalhar com anexos por e-mail.',
        'Há resistência forte dos médicos, que temem perder tempo de atendimento com uma ferramenta nova.',
        'Os funcionários mais antigos demonstram medo de não se adaptar ao novo jeito de trabalhar.',
      ],
      notes: [
        'pessoal do financeiro se recusa a largar as pastas de rede',
        'equipe comercial resistindo ao Teams, quer continuar no WhatsApp',
        'corretores não querem mudar a rotina, piloto de OD4B abandonado',
        'engenharia não quer sair do Slack, "aqui ninguém vai mudar"',
        'médicos recusam Teams no celular, acham que vão ser cobrados fora do plantão; zero incidente, serviço ok',
      ],
    },
    'ado.departments': {
      plain: [
        'O setor jurídico é muito mais afetado pela mudança do que os demais e ainda não está pronto.',
        'Alguns grupos, como o pessoal da produção, seriam bem mais impactados que o restante da empresa.',
      ],
      notes: [
        'contabilidade é a área mais impactada (planilhas compartilhadas), precisa de abordagem própria',
        'lojas e call center impactados bem mais que o corporativo, cx quer plano separado',
      ],
    },
    'ado.culture': {
      plain: [
        'A cultura da empresa é muito hierárquica, e o cliente entende que precisa mudá-la antes de adotar a colaboração aberta.',
        'Não existe um plano de adoção nem de gestão da mudança voltado para os usuários.',
      ],
      notes: [
        'cultura de "tudo por e-mail c/ cópia pro chefe", cx quer trabalhar isso antes',
        'sem plano de adoção/change mgmt, cx não sabe por onde começar',
      ],
    },
    'ado.business-process': {
      plain: [
        'Os processos de aprovação de contratos precisam ser redesenhados antes que as áreas passem a usar os novos recursos.',
        'O fluxo de atendimento ao público ainda depende de papel e terá de ser repensado pela área de negócio.',
        'Antes de liberar o Teams para os motoristas, a transportadora precisa fechar com o sindicato um acordo sobre mensagens fora do horário de trabalho; no piloto, o serviço funcionou sem nenhum problema.',
      ],
      notes: [
        'processo de compras todo em papel, negócio precisa redesenhar antes de usar SPO',
        'RH quer redefinir o fluxo de admissão antes de ir p/ Teams',
        'aprovação de contratos ainda em papel c/ carimbo e assinatura, jurídico precisa redesenhar o fluxo antes do SPO; serviço estável, nada de incidente',
      ],
    },
    'ado.business-decision': {
      plain: [
        'A diretoria decidiu adiar a mudança para depois da safra, o período de maior movimento.',
        'O patrocinador do projeto deixou a empresa, e ninguém da liderança assumiu a decisão.',
        'A empresa passa por uma reestruturação, e os executivos ainda não definiram quando seguir.',
        'É possível que o conselho só decida sobre o projeto depois da assembleia de acionistas.',
      ],
      notes: [
        'varejista congelou qq mudança p/ usuários até jan por causa da Black Friday',
        'sem sponsor executivo desde a saída do COO, decisão parada',
        'board ainda não bateu o martelo sobre a data de Go-live, reorganização em curso',
        'cooperativa em eleição da diretoria, nada anda até a posse',
      ],
    },
    'ado.communication': {
      plain: [
        'Os usuários ainda não foram avisados da mudança, e não há um plano de comunicação.',
        'Não existem multiplicadores nas áreas para apoiar os colegas, e o cliente não quer começar sem eles.',
        'Ao que parece, os gestores não repassaram às equipes que a mudança vai acontecer.',
        'A diretoria da cooperativa suspendeu a expansão dizendo que "não dá para confiar", mas o que houve no piloto foi que ninguém explicou aos cooperados onde encontrar os documentos novos; o serviço não teve nenhuma falha.',
      ],
      notes: [
        'sem rede de champions, comunicação interna não saiu',
        'usuários nem sabem que vão migrar p/ OneDrive, comunicado parado no marketing',
      ],
    },
    'ado.border': {
      plain: [
        'A equipe de TI está pronta e o suporte foi treinado, mas os gerentes das áreas não querem mudar a forma de trabalhar.', // parece it-change-management-resourcing
        'A empresa tem todas as licenças e o contrato em dia, mas a diretoria preferiu esperar o fim do ano fiscal para mexer na rotina dos funcionários.', // parece billing-licensing-subscription
        'O parceiro está pronto para começar; quem ainda não preparou os usuários para a mudança é o próprio cliente.', // parece partner-engagement
        'Os corretores dizem que não confiam no OneDrive, embora não tenha havido nenhum incidente; o receio nasceu de um boato no WhatsApp de que a empresa ia ler os arquivos pessoais de todo mundo.', // parece service-reliability
        'A TI já montou os sites do hospital, mas, por causa da LGPD, o jurídico e a diretoria clínica ainda precisam definir quem pode ver os laudos dos pacientes antes de qualquer migração.', // parece it-change-management-resourcing
      ],
      notes: [
        'TI pronta, service desk treinado, mas usuários do jurídico não querem usar', // parece it-change-management-resourcing
        'parceiro ok c/ cronograma, cx é que não tem plano de comunicação p/ usuários', // parece partner-engagement
        'não é licença: diretoria segurou o Copilot até definir regras de uso p/ as equipes', // parece billing-licensing-subscription
        'licenças Copilot ativas, mas comitê de ética/jurídico não fechou a política de uso de IA generativa → sem Go-live', // parece billing-licensing-subscription
      ],
    },
  },
  'product-feature-capability': {
    'pfc.missing-feature': {
      plain: [
        'O serviço não oferece uma função que o cliente considera essencial para o seu fluxo de trabalho.',
        'A empresa precisa de uma configuração que simplesmente não existe no produto hoje.',
        'Parece que a ferramenta não permite fazer algo que as equipes fazem todos os dias e de que não abrem mão.',
        'A subsidiária americana opera num tenant GCC High, e os workspaces do Loop que a matriz usa ainda não foram liberados nessa nuvem.',
      ],
      notes: [
        'falta opção de agendar envio de msg em canal do Teams, requisito do cx',
        'Bookings sem campo obrigatório customizado, cx precisa p/ agendamentos',
        'Planner não tem o relatório de horas que o PMO exige, sem alternativa nativa',
        'tenant 21Vianet da fábrica na China sem Copilot nem Bookings, template global não se aplica',
      ],
    },
    'pfc.bug': {
      plain: [
        'Um erro do produto impede que as reuniões gravadas sejam salvas, e esse é um cenário central para o cliente.',
        'Foi encontrada uma falha no serviço que apaga as permissões ao mover arquivos, e o caso segue aberto com a Microsoft.',
      ],
      notes: [
        'bug no sync do OneDrive duplicando arquivos, caso aberto, sem fix',
        'bug na compliance policy do Intune marca device como não conforme, aguardando correção do PG',
        'Copilot no Outlook travando c/ caixa compartilhada, bug confirmado pelo suporte',
      ],
    },
    'pfc.security-privacy': {
      plain: [
        'O cliente precisa de um controle de segurança que o serviço ainda não oferece.',
        'Falta ao produto uma opção de privacidade exigida pelo comitê de proteção de dados da empresa.',
      ],
      notes: [
        'cx exige chave própria p/ criptografar gravação do Teams, recurso não existe',
        'não dá p/ ocultar presença/status por grupo, DPO não aprova',
        'tenant GCC High da subsidiária nos EUA: chave do cliente p/ dados do Teams não disponível nessa nuvem, segurança barrou',
      ],
    },
    'pfc.certification': {
      plain: [
        'O órgão regulador exige do serviço uma certificação que a Microsoft ainda não obteve.',
        'Ao que parece, o serviço não possui a atestação de conformidade que a empresa precisa apresentar à auditoria.',
      ],
      notes: [
        'seguradora pede relatório SOC específico do Copilot, ainda não publicado',
        'regulador do setor elétrico exige certificação nacional que o serviço não tem',
      ],
    },
    'pfc.data-residency': {
      plain: [
        'A empresa precisa manter os dados no país, e o serviço não garante isso para essa funcionalidade.',
        'Os dados de um dos recursos ficariam armazenados fora da região exigida pela legislação que o cliente segue.',
        'O tenant do cliente foi criado na região Brasil, mas a transcrição das gravações do Teams pode ser processada fora do país, e segundo o time de conta nenhuma assinatura muda isso.',
      ],
      notes: [
        'dados do Copilot processados fora do BR, jurídico do cx barrou',
        'sem datacenter local p/ esse workload, cx regulado exige residência de dados',
      ],
    },
    'pfc.client-support': {
      plain: [
        'O aplicativo da Microsoft não tem suporte ao sistema operacional que os terminais dos caixas usam.',
        'Há funcionários com deficiência visual, e o aplicativo ainda não atende a todos os requisitos de acessibilidade deles.',
        'O cliente precisa de interpretação em Libras integrada às reuniões para os funcionários surdos, e a Microsoft confirmou que isso não existe em nenhum plano do Teams.',
      ],
      notes: [
        'app do Teams não roda nos terminais Linux das lojas, cx sem alternativa',
        'Copilot ainda sem suporte ao idioma da filial, rollout p/ lá travado',
        'legenda ao vivo do Teams sem crioulo cabo-verdiano p/ a filial da Praia, licença não é o problema',
      ],
    },
    'pfc.parity': {
      plain: [
        'A solução de telefonia atual tem recursos que o serviço na nuvem não oferece.',
        'O cliente usa hoje um produto concorrente que faz algo que o serviço da Microsoft ainda não faz.',
      ],
      notes: [
        'Teams Phone sem a captura de chamada em grupo que o PABX atual tem, cx não migra',
        'concorrente tem quadro branco offline, Teams não, engenharia não aceita',
        'workflow do SharePoint on-prem não tem equivalente no SPO',
      ],
    },
    'pfc.roadmap': {
      plain: [
        'A lacuna já foi registrada com o time de produto, e o cliente espera uma data no roadmap.',
        'O pedido de melhoria foi aberto, mas ainda não há previsão de quando a função será entregue.',
      ],
      notes: [
        'DCR aberto no OneList, PG sem ETA',
        'GetHelp registrado p/ a função de arquivamento, aguardando retorno do PG',
        'feature no roadmap p/ "H2", cx não planeja nada antes de sair em GA',
      ],
    },
    'pfc.border': {
      plain: [
        'O cliente já tem o plano mais completo e, mesmo assim, a função não existe em nenhuma versão do serviço.', // parece billing-licensing-subscription
        'O serviço está disponível e rápido, mas não oferece o controle de auditoria que a empresa exige.', // parece service-reliability
        'Nada no ambiente do cliente precisa mudar: é o próprio produto que não aceita o tipo de regra de retenção de que ele precisa.', // parece customer-it-infrastructure-remediation
        'O sistema interno do cliente está em ordem; é o serviço que não disponibiliza a informação de que esse sistema precisa.', // parece app-compatibility
        'O cliente chegou a pedir cotação do E5 e de add-ons, mas o time de produto confirmou que nenhum plano oferece a exportação das conversas de canal no formato exigido pelo jurídico; não é questão de licença.', // parece billing-licensing-subscription
        'Parece que não adianta comprar mais nada: o agendamento com pagamento antecipado não existe no Bookings em nenhuma assinatura.', // parece billing-licensing-subscription
        'O serviço está no ar e sem nenhum incidente no painel de integridade; o que trava é um bug confirmado pela Microsoft que impede salvar regras de caixa de correio no novo Outlook.', // parece service-reliability
      ],
      notes: [
        'não é licença: recurso não existe nem no E5', // parece billing-licensing-subscription
        'não é instabilidade, o recurso simplesmente não existe no SPO', // parece service-reliability
        'app interno ok, falta endpoint no Graph p/ ler esse dado', // parece app-compatibility
        'rede e AD do cx ok, limitação é do próprio Intune', // parece customer-it-infrastructure-remediation
        'LSS confirmou: nenhuma SKU/add-on tem o controle de retenção por mensagem que o cx pede, upgrade de licença não resolve', // parece billing-licensing-subscription
        'sem incidente, service health verde; bug confirmado no Forms (ramificação some ao duplicar), aguardando fix do PG', // parece service-reliability
      ],
    },
  },
  'app-compatibility': {
    'app.lob': {
      plain: [
        'O sistema de gestão da empresa não funciona com a nova versão dos aplicativos de escritório.',
        'Uma aplicação interna de faturamento deixa de funcionar quando os arquivos passam a ficar na nuvem.',
        'O laboratório depende de um software de análise que, ao que parece, não é compatível com o serviço.',
        'Um sistema de cotação desenvolvido em casa há quinze anos trava quando tenta gravar arquivos na biblioteca online.',
        'O setor de compras ainda depende de dezenas de formulários InfoPath que precisam ser refeitos antes que os sites saiam do farm on-premises.',
        'A intranet do cliente foi montada com soluções full-trust e web parts customizadas que não rodam no SharePoint Online, e vai ser preciso reconstruí-la.',
      ],
      notes: [
        'ERP legado do cx não abre mais planilha após upgrade p/ M365 Apps',
        'sistema de prontuário do hospital não funciona c/ caixas no EXO',
        'app de logística interno quebra quando os arquivos estão no OD4B',
        'sistema de pedidos em Access do cx quebra c/ a base no SPO',
        'app do chão de fábrica grava em pasta mapeada, para de funcionar depois do KFM',
        'apps Lotus Notes do jurídico (contratos, procurações) sem substituto, desligamento do Domino e EXO travados',
      ],
    },
    'app.vendor': {
      plain: [
        'O fornecedor do sistema contábil ainda não certificou o produto para uso com o serviço.',
        'O fabricante do software de engenharia não tem versão compatível e só promete uma para o ano que vem.',
        'Ao que parece, a empresa que fornece o sistema da farmácia não dá suporte quando os arquivos ficam na nuvem.',
        'O fornecedor do sistema de EDI usado com os distribuidores só suporta conexão MAPI com o Exchange local e não tem data para uma versão compatível com a nuvem.',
      ],
      notes: [
        'fornecedor do ERP sem homologação p/ M365 Apps 64 bits, previsão 2025',
        'vendor do sistema jurídico não certifica c/ SPO, cx não avança',
        'fornecedor das web parts da intranet fechou, WSP full-trust sem versão SPFx',
      ],
    },
    'app.addins': {
      plain: [
        'Um suplemento usado pelo comercial para registrar e-mails parou de funcionar no novo cliente de correio.',
        'Os complementos do editor de texto que geram as petições do escritório não carregam na nova versão.',
        'A ouvidoria classifica as mensagens com um complemento antigo que deixou de abrir na nova versão do correio.',
      ],
      notes: [
        'add-in COM do CRM no Outlook parou após a migração',
        'suplemento de assinatura digital do Word não funciona no M365 Apps',
        'add-in de cotação no Excel não carrega no canal mensal',
        'add-in COM de arquivamento bloqueado no novo Outlook, jurídico parado',
      ],
    },
    'app.macros': {
      plain: [
        'As planilhas da controladoria usam macros antigas que não rodam mais depois da atualização.',
        'Os modelos de documentos da empresa têm código personalizado que a nova versão bloqueia.',
        'O fechamento mensal da controladoria roda em pastas de trabalho do Excel cheias de VBA que acessam um banco Access na rede, e tudo terá de ser reescrito antes da migração.',
      ],
      notes: [
        'macros VBA das planilhas de custo quebrando no Office 64 bits',
        'fórmulas customizadas do Excel da tesouraria dando #NOME? após upgrade',
      ],
    },
    'app.identity': {
      plain: [
        'Um sistema interno exige que o login dos usuários tenha formato diferente do que o serviço usa.',
        'Algumas aplicações da empresa só aceitam autenticação antiga e deixariam de funcionar com a mudança.',
        'Um sistema de alertas desenvolvido pela própria TI envia e-mails via SMTP AUTH com autenticação básica e, ao que parece, vai parar assim que o tenant desligar esse método.',
      ],
      notes: [
        'app de RH exige UPN diferente do e-mail, conflita c/ o Tenant',
        'sistema de ponto usa basic auth no SMTP, quebra quando desligar legacy auth',
        'BI autentica c/ conta de serviço via NTLM, não funciona c/ SSO do Entra',
        'portal interno de RH usa autenticação integrada do Windows (Kerberos), usuário só nuvem não entra, precisa reescrever',
      ],
    },
    'app.testing': {
      plain: [
        'As aplicações de negócio ainda não foram testadas com o novo ambiente, e o cliente não quer arriscar.',
        'Os testes das aplicações internas mostraram vários problemas que ainda estão sendo analisados.',
      ],
      notes: [
        'teste de apps LOB c/ M365 Apps nem começou, 120 apps na lista',
        'UAT dos sistemas internos c/ SPO reprovou 8 de 30 apps',
        'cx sem ambiente de homologação p/ testar os apps c/ Win11 + M365 Apps',
      ],
    },
    'app.integration': {
      plain: [
        'A integração entre a central telefônica e o sistema de atendimento deixa de funcionar com o novo serviço.',
        'O equipamento de digitalização envia os documentos para pastas de rede e não tem integração com a nuvem.',
        'A ferramenta de arquivamento de mensagens, de outro fabricante, ainda não conversa com o correio na nuvem.',
      ],
      notes: [
        'integração do CRM c/ calendário quebra ao migrar p/ EXO',
        'multifuncionais mandam scan p/ SMB, sem integração c/ OD4B',
        'URA do call center integrada ao Exchange on-prem, quebra no EXO',
        'ferramenta de digitalização grava via EWS c/ basic auth na caixa compartilhada, parou no EXO, sem substituto',
      ],
    },
    'app.border': {
      plain: [
        'O serviço tem todas as funções necessárias; o problema é que o sistema próprio da empresa não consegue se conectar a ele.', // parece product-feature-capability
        'O sistema operacional das máquinas já foi atualizado, mas a aplicação de folha de pagamento não roda com os novos aplicativos.', // parece customer-it-infrastructure-remediation
        'O cliente culpa o parceiro pelo atraso, mas quem trava é um sistema interno que não aceita a nova forma de autenticação.', // parece partner-engagement
        'A rede e o AD já foram revisados; o que bloqueia são os fluxos de trabalho do SharePoint 2013 criados pelo próprio cliente, que precisam ser refeitos no Power Automate.', // parece customer-it-infrastructure-remediation
      ],
      notes: [
        'Outlook funcionando normal, quem quebra é o add-in do sistema de chamados', // parece product-feature-capability
        'Win11 e Edge já ok no parque, mas app de cotação só roda c/ Office 32 bits', // parece customer-it-infrastructure-remediation
        'não é bug do Teams: fornecedor do discador não tem versão que integre c/ Teams', // parece product-feature-capability
        'não é infra: AD e proxy ok, o problema é o Access + VBA da logística, precisa virar Power Apps', // parece customer-it-infrastructure-remediation
      ],
    },
  },
  'partner-engagement': {
    'par.selection': {
      plain: [
        'O cliente ainda não escolheu o parceiro que vai conduzir a implantação.',
        'A prefeitura procura um parceiro com experiência no setor público, mas ainda não encontrou nenhum.',
        'Parece que a escolha do parceiro está demorando mais do que o previsto.',
        'A empresa não sabe como encontrar um parceiro qualificado e pediu à Microsoft que indicasse algum.',
      ],
      notes: [
        'cx avaliando 3 parceiros, decisão só em nov',
        'ninguém p/ Intune na região Norte, cx não achou parceiro',
        'RFP de parceiro aberta, escolha TBD',
        'pediu indicação de parceiro c/ Purview, lista enviada, sem retorno do cx',
      ],
    },
    'par.contracting': {
      plain: [
        'O contrato com o parceiro escolhido ainda não foi assinado, e o trabalho não pode começar.',
        'O pedido de compra dos serviços do parceiro está parado no jurídico do cliente.',
        'A proposta do parceiro foi aprovada na parte técnica, mas a negociação de preço ainda não terminou.',
        'O parceiro também é a revenda CSP do cliente e as licenças estão ativas, mas a proposta de serviços para a migração do e-mail ainda não foi assinada.',
      ],
      notes: [
        'SOW c/ parceiro aguardando assinatura do cx',
        'PO do parceiro não emitido, kickoff adiado',
        'contrato do parceiro travado em compras, sem ETA',
        'revenda CSP = parceiro de implantação, E3 ativo, SOW da migração OD4B parado no jurídico do parceiro',
      ],
    },
    'par.skills': {
      plain: [
        'O parceiro contratado não tem experiência suficiente com migração de correio em ambientes grandes.',
        'A consultoria que atende a empresa mostra pouco conhecimento sobre proteção de informações.',
        'Aparentemente, o parceiro nunca conduziu uma implantação desse porte e está errando etapas básicas.',
      ],
      notes: [
        'parceiro sem experiência em Teams Phone, travou no Direct Routing',
        'consultor do parceiro nunca fez projeto de Copilot, cx inseguro',
        'parceiro errou a config de retenção 2x, pouca vivência c/ Purview',
      ],
    },
    'par.scope': {
      plain: [
        'O escopo contratado com o parceiro cobre só a migração do correio e deixa os arquivos de fora.',
        'O parceiro só pode atuar na parte técnica, porque o contrato não prevê apoio à adoção.',
        'A revenda foi contratada só para vender as licenças e fazer a configuração básica do tenant; a implantação do Intune nunca esteve no contrato.',
      ],
      notes: [
        'SOW só cobre EXO, OD4B ficou fora, parceiro não toca',
        'escopo do parceiro limitado a 500 usuários, cx tem 2 mil',
        'SOW não prevê suporte pós Go-live, cx não quer seguir sem isso',
        'contrato da revenda só cobre licença + setup inicial do tenant, migração de e-mail ficou fora',
      ],
    },
    'par.unresponsive': {
      plain: [
        'O parceiro não responde aos contatos da Microsoft há várias semanas.',
        'Segundo o cliente, o parceiro some e não retorna as mensagens.',
      ],
      notes: [
        'parceiro sem retorno aos e-mails do FM desde 02/08',
        'cx cobrando o parceiro, ninguém responde',
        'parceiro não aparece nas reuniões semanais há 3 semanas',
      ],
    },
    'par.relationship': {
      plain: [
        'A relação entre o cliente e o parceiro se desgastou depois dos atrasos da primeira fase.',
        'A empresa perdeu a confiança no parceiro e cogita encerrar o contrato.',
      ],
      notes: [
        'clima ruim cx x parceiro depois do Go-live que deu errado, alinhamento TBD',
        'cx quer trocar de parceiro, relação desgastada',
        'cx e parceiro brigando por cobrança de horas extras, projeto parado',
      ],
    },
    'par.capacity': {
      plain: [
        'O parceiro não tem consultores disponíveis para começar o projeto neste mês.',
        'A equipe do parceiro está toda alocada em outros clientes e só terá gente em dezembro.',
        'O único consultor do parceiro que conhece o serviço está de férias, e ninguém o substitui.',
      ],
      notes: [
        'parceiro sem recurso até jan, consultor de Intune saiu',
        'parceiro c/ agenda cheia, só consegue 1 dia/semana',
      ],
    },
    'par.border': {
      plain: [
        'Quem não tem conhecimento para configurar o serviço é a consultoria contratada, não a equipe da empresa.', // parece it-change-management-resourcing
        'O contrato com a Microsoft está em dia; o que falta assinar é a proposta do parceiro de implantação.', // parece billing-licensing-subscription
        'A TI do cliente está disponível, mas depende do parceiro, que não tem ninguém para alocar no projeto.', // parece it-change-management-resourcing
        'Os usuários estão prontos, mas o contrato do parceiro não inclui os treinamentos que ele deveria conduzir.', // parece adoption-readiness
        'Como tudo passa pela mesma revenda, parece problema de licenciamento, mas as assinaturas foram renovadas em dia; o que falta é o aditivo do contrato de serviços para migrar os arquivos para o SharePoint.', // parece billing-licensing-subscription
        'A prefeitura comprou as licenças por ata de registro de preços com o parceiro, mas os serviços de implantação exigem uma contratação à parte, que ainda não saiu.', // parece billing-licensing-subscription
      ],
      notes: [
        'licenças e EA ok, falta só o PO do parceiro', // parece billing-licensing-subscription
        'TI do cx capacitada, quem não sabe Purview é o parceiro', // parece it-change-management-resourcing
        'treinamento de usuário fora do SOW do parceiro, sem quem faça', // parece adoption-readiness
        'não é licença: assinaturas renovadas, falta assinar o change order de serviços do parceiro', // parece billing-licensing-subscription
      ],
    },
  },
  'billing-licensing-subscription': {
    'bil.assignment': {
      plain: [
        'As licenças já foram compradas, mas ainda não foram atribuídas aos usuários.',
        'Não há licenças suficientes para todos os funcionários que entrariam na primeira onda.',
        'Ao que parece, as licenças foram aplicadas ao ambiente errado.',
        'Parte dos usuários ficou sem licença depois da última renovação, e o serviço não pode ser liberado para eles.',
      ],
      notes: [
        'licenças E3 compradas mas não aparecem no Tenant',
        'cx c/ 300 licenças p/ 450 usuários do piloto',
        'licenças Copilot ainda não atribuídas, aguardando seller',
        'licenças de Intune compradas via CSP mas não provisionadas no Tenant',
      ],
    },
    'bil.transfer': {
      plain: [
        'As licenças precisam ser transferidas para o novo ambiente criado após a reorganização do grupo.',
        'O cliente precisa mover as assinaturas de uma região de datacenter para outra antes de continuar.',
      ],
      notes: [
        'transferência de licenças entre Tenants pós-aquisição, LSS acionado',
        'move de geo das assinaturas p/ Brasil pendente',
        'licenças ficaram no Tenant da antiga controladora, precisam ir p/ o novo',
      ],
    },
    'bil.sku': {
      plain: [
        'O órgão público comprou a oferta comercial, mas precisaria da versão destinada a governo.',
        'O pacote adquirido não corresponde ao que a empresa pretende implantar, e a compra terá de ser corrigida.',
      ],
      notes: [
        'SKU errada: Business Premium p/ 400 usuários, precisa E3',
        'fundação comprou A3 mas não é elegível a EDU, trocar SKU',
        'comprou F3 p/ quem precisa dos apps desktop, SKU não atende',
      ],
    },
    'bil.seats': {
      plain: [
        'O cliente quer reduzir o número de licenças na renovação, e isso travou a implantação.',
        'O ajuste anual da quantidade de licenças ainda não foi feito, e a empresa não sabe com quantas ficará.',
        'Depois de cortar parte do quadro, a empresa quer devolver licenças, o que depende de um ajuste com o time comercial.',
      ],
      notes: [
        'true-up pendente, cx quer cortar 200 seats antes de seguir',
        'redução de seats no meio do contrato, seller verificando',
      ],
    },
    'bil.agreement': {
      plain: [
        'A renovação do contrato com a Microsoft está parada, e o cliente não quer avançar sem ela.',
        'A negociação do acordo corporativo está atrasada, e a implantação depende dele.',
        'O contrato corporativo venceu, e a nova proposta comercial da Microsoft ainda está em negociação.',
      ],
      notes: [
        'EA vence 30/06, renovação emperrada no jurídico',
        'cx aguardando assinatura do novo EA p/ liberar o Rollout',
      ],
    },
    'bil.plan': {
      plain: [
        'O recurso que o cliente quer usar só existe no plano superior, que ele não contratou.',
        'A empresa tem o plano básico e precisaria de um complemento pago para a funcionalidade desejada.',
      ],
      notes: [
        'cx em E1, DLP e Intune só c/ E3/E5',
        'precisa add-on de Teams Phone, cx não tem',
        'auto-labeling só no E5, cx em E3 e não quer upgrade',
        'cx quer Defender for Office P2, plano atual só tem P1',
      ],
    },
    'bil.procurement': {
      plain: [
        'A compra das licenças está parada porque o financeiro discute se o gasto entra como investimento ou despesa.',
        'O pedido de compra das licenças ainda não passou pelo processo interno de aquisições.',
        'O dinheiro para as licenças só entra no orçamento do ano que vem, e até lá a compra não sai.',
      ],
      notes: [
        'PO das licenças parado em compras, sem ETA',
        'cx quer lançar licença como CAPEX, financeiro não aprovou',
        'prefeitura: licitação p/ licenças só em Q1',
      ],
    },
    'bil.border': {
      plain: [
        'A função existe no serviço, mas apenas no plano mais caro, que o cliente ainda não comprou.', // parece product-feature-capability
        'O parceiro já está contratado; o que falta é fechar a renovação do contrato com a Microsoft.', // parece partner-engagement
        'Não é falta de gente na TI: o administrador está pronto, mas as licenças ainda não foram liberadas para o ambiente.', // parece it-change-management-resourcing
      ],
      notes: [
        'cx acha que o recurso não existe, mas é só do E5', // parece product-feature-capability
        'SOW do parceiro assinado, EA c/ MS ainda não', // parece partner-engagement
        'fusão concluída e AD já unificado, falta mover as licenças p/ o Tenant novo', // parece customer-it-infrastructure-remediation
      ],
    },
  },
  'service-reliability': {
    'rel.outage': {
      plain: [
        'Uma queda do correio que durou quase um dia deixou a diretoria receosa de continuar a migração.',
        'Depois de uma interrupção não planejada na semana passada, o cliente suspendeu o avanço para as demais áreas.',
        'Os usuários ficaram horas sem acessar os arquivos compartilhados, e desde então a empresa hesita em avançar.',
        'O e-mail da Microsoft ficou fora do ar quase um dia inteiro no mês passado, e desde então a diretoria da rede de farmácias não quer seguir com as outras lojas.',
        'Depois que o Teams caiu no meio da reunião de resultados, o conselho da cooperativa pediu para suspender a implantação até entender o que houve do lado da Microsoft.',
        'O cliente ficou algumas horas sem abrir os arquivos na nuvem por causa de uma falha da Microsoft, e o RH agora não quer mais levar as pastas dos funcionários para lá.',
        'Parece que a queda do serviço da Microsoft na semana passada assustou os sócios do escritório, que preferem esperar antes de colocar mais advogados no ambiente novo.',
        'A plataforma da Microsoft saiu do ar logo no primeiro dia do piloto, e os usuários da construtora dizem que não querem depender dela por enquanto.',
        'O serviço da Microsoft caiu duas vezes este mês e a diretoria mandou parar tudo.',
      ],
      notes: [
        'incidente EXO de 6h na terça, cx congelou a migração das demais caixas',
        'outage do Teams no dia do evento, cx perdeu confiança',
        'Teams indisponível de manhã, 2ª vez no mês, cx pausou a onda 3',
        'chamadas do Teams caindo, MS confirmou incidente (SHD), onda 2 do call center suspensa - não é adoção',
      ],
    },
    'rel.performance': {
      plain: [
        'Os usuários percebem demora para abrir arquivos, e a análise indica que a lentidão está do lado do serviço.',
        'As chamadas têm atraso mesmo em redes boas, o que faz o cliente duvidar do serviço.',
        'Os usuários do piloto dizem que não querem mais o Copilot, mas não é falta de treinamento: resumir uma conversa no Teams chega a levar um minuto, e a Microsoft confirmou lentidão do lado do serviço.',
      ],
      notes: [
        'latência alta no SPO confirmada pelo suporte MS, cx segurando a onda 2',
        'Copilot demorando demais p/ responder, diretoria não quer liberar p/ todos',
        'busca do SPO lenta há semanas, ticket aberto, PG investigando',
        'Intune degradado, política de compliance levando 4h+ p/ aplicar, Autopilot das lojas pausado',
      ],
    },
    'rel.doubt': {
      plain: [
        'O cliente tem dúvidas se o serviço na nuvem é estável o bastante para a operação crítica.',
        'A diretoria teme que a ferramenta ainda seja nova demais e não esteja madura.',
        'O conselho parece não acreditar que um serviço na nuvem consiga ficar no ar o tempo todo.',
      ],
      notes: [
        'CIO desconfiado da disponibilidade do serviço, quer ver mais antes de seguir',
        'cx receoso c/ maturidade do Copilot, sem incidente, só medo',
      ],
    },
    'rel.control': {
      plain: [
        'O cliente teme perder o controle sobre os dados e o ambiente ao sair dos servidores próprios.',
        'Há receio de não poder agir por conta própria quando algo der errado na nuvem.',
      ],
      notes: [
        'cx acostumado c/ on-prem, medo de não ter controle no EXO',
        'TI teme depender da MS p/ tudo, "no on-prem a gente resolvia"',
        'CISO não aceita ficar sem acesso aos servidores, quer garantia de controle',
      ],
    },
    'rel.updates': {
      plain: [
        'O cliente está preocupado com mudanças que aparecem para os usuários sem aviso prévio.',
        'Existe o receio de que novas funções sejam ativadas de repente e confundam os funcionários.',
      ],
      notes: [
        'cx reclama de mudança de interface do Teams sem aviso, quer previsibilidade',
        'medo de feature nova aparecer do nada p/ os usuários',
      ],
    },
    'rel.backup': {
      plain: [
        'O cliente não confia que conseguiria recuperar os arquivos se algo fosse apagado no serviço.',
        'Há dúvidas sobre como funcionam as cópias de segurança e a recuperação dos dados na nuvem.',
      ],
      notes: [
        'cx quer saber como recuperar caixa excluída, não confia no backup nativo',
        'medo de perda de dados no OD4B, pede RPO/RTO da MS',
        'jurídico pergunta o que acontece se a MS perder os dados, nenhuma resposta convenceu',
      ],
    },
    'rel.trust': {
      plain: [
        'O cliente não conhece os materiais de transparência da Microsoft sobre a disponibilidade do serviço.',
        'O acordo de nível de serviço apresentado não convenceu o comitê de riscos.',
        'A área de riscos pediu relatórios de disponibilidade do serviço e ainda não recebeu nada que a tranquilize.',
      ],
      notes: [
        'cx não conhecia o Service Trust Portal, mandei link, aguardando',
        'SLA de 99,9% não convence o comitê de risco do banco',
      ],
    },
    'rel.incident-impact': {
      plain: [
        'A última interrupção deixou as lojas sem comunicação por uma manhã inteira, e a empresa ainda calcula o prejuízo.',
        'O incidente recente impediu o atendimento ao público, e agora o negócio exige garantias antes de seguir.',
        'Durante a instabilidade do serviço da Microsoft, as lojas passaram uma tarde sem receber pedidos por e-mail, e a diretoria comercial mandou congelar o projeto.',
        'Os médicos ficaram sem acesso às escalas compartilhadas enquanto o serviço da Microsoft esteve fora, e a direção do hospital não aceita avançar sem garantia de que isso não se repita.',
        'A pane no ambiente da Microsoft atrasou o fechamento da folha de pagamento, e o RH pediu para manter os arquivos no servidor antigo até segunda ordem.',
        'Como a prefeitura perdeu um dia inteiro de atendimento ao público quando o sistema da Microsoft ficou indisponível, o secretário não quer levar as demais secretarias por agora.',
        'Os alunos não conseguiram entrar nas aulas online durante a falha da Microsoft na semana de provas, e agora a coordenação e os pais são contra continuar.',
        'Com o e-mail da Microsoft parado por horas, a transportadora deixou de confirmar coletas e os gerentes pediram para voltar ao sistema antigo.',
        'As ligações do Teams no call center caíram várias vezes por dia durante uma semana, e a Microsoft reconheceu um problema no próprio serviço de mídia; a segunda onda de atendentes foi suspensa.',
      ],
      notes: [
        'incidente de autenticação parou o call center 3h, área de negócio bloqueou Rollout',
        'queda do SPO atrasou o fechamento contábil, CFO exige explicação',
        'queda do EXO no dia de fechar a folha, RH escalou p/ diretoria',
      ],
    },
    'rel.border': {
      plain: [
        'A lentidão não vem da rede do cliente, que já foi testada; o atraso acontece dentro do próprio serviço.', // parece customer-it-infrastructure-remediation
        'A queixa não é de falta de recurso, e sim de que o serviço caiu duas vezes no mesmo mês.', // parece product-feature-capability
        'A TI acompanha bem o ritmo das atualizações; o que preocupa é os usuários serem surpreendidos por mudanças sem aviso.', // parece it-change-management-resourcing
        'Parece resistência dos usuários, porque os vendedores dizem que não querem o Intune, mas durante a degradação do serviço as políticas levaram horas para chegar aos celulares novos, que ficaram sem e-mail.', // parece adoption-readiness
        'Depois de dois incidentes, o Banco Central pediu ao banco evidências de resiliência do serviço em nuvem; não falta nenhuma certificação, e a migração da tesouraria só segue quando essa comprovação for aceita.', // parece product-feature-capability
      ],
      notes: [
        'rede do cx validada, latência é do lado da MS', // parece customer-it-infrastructure-remediation
        'feature existe e funciona, problema é a instabilidade do serviço', // parece product-feature-capability
        'não é processo de TI: cx tem medo de update quebrar o dia a dia dos usuários', // parece it-change-management-resourcing
        'pessoal "não quer" SPO, mas é a lentidão confirmada pela MS na região, não resistência', // parece adoption-readiness
      ],
    },
  },
};
